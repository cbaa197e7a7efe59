#include "core/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "core/error.hpp"

namespace handout {

void write_file_atomically(const std::string& path, std::string_view bytes) {
  namespace fs = std::filesystem;
  const fs::path target(path);
  const fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  std::string tmp = (dir / ("." + target.filename().string() + ".XXXXXX")).string();
  const int fd = ::mkstemp(tmp.data());
  auto fail = [&](const char* what) {
    const std::string reason = std::strerror(errno);
    throw InputError("io-error", path, {}, std::string(what) + ": " + reason);
  };
  if (fd < 0) fail("cannot create a file in the output folder");
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      ::close(fd);
      ::unlink(tmp.c_str());
      fail("cannot write");
    }
    done += static_cast<std::size_t>(n);
  }
  // mkstemp creates 0600; output files are ordinary documents.
  ::fchmod(fd, 0644);
  if (::close(fd) != 0) {
    ::unlink(tmp.c_str());
    fail("cannot write");
  }
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    ::unlink(tmp.c_str());
    fail("cannot replace");
  }
}

}  // namespace handout

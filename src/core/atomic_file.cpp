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

namespace handout {

AtomicOutputFile::AtomicOutputFile(std::string path) : path_(std::move(path)) {
  namespace fs = std::filesystem;
  const fs::path target(path_);
  const fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  temp_ = (dir / ("." + target.filename().string() + ".XXXXXX")).string();
  const int fd = ::mkstemp(temp_.data());
  if (fd < 0) throw InputError("io-error", path_, {}, std::string("cannot create output file: ") + std::strerror(errno));
  ::fchmod(fd, 0644);
  ::close(fd);
  stream_.open(temp_, std::ios::binary | std::ios::trunc);
  if (!stream_) {
    ::unlink(temp_.c_str());
    throw InputError("io-error", path_, {}, "cannot open output file");
  }
}

AtomicOutputFile::~AtomicOutputFile() {
  if (!committed_) {
    stream_.close();
    ::unlink(temp_.c_str());
  }
}

void AtomicOutputFile::commit() {
  stream_.close();
  if (stream_.fail() || ::rename(temp_.c_str(), path_.c_str()) != 0) {
    ::unlink(temp_.c_str());
    throw InputError("io-error", path_, {}, std::string("cannot write output file: ") + std::strerror(errno));
  }
  committed_ = true;
}

}  // namespace handout

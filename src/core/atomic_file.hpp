// Writes a whole file or nothing: the bytes go to a temporary file in the same folder, which is
// flushed and then renamed over the target. A failure leaves no partial output behind.
#pragma once
#include <string>
#include <string_view>

namespace handout {

// Throws InputError "io-error" naming the path when the folder is missing or not writable.
void write_file_atomically(const std::string& path, std::string_view bytes);

}  // namespace handout

#include <fstream>

namespace handout {

// The streaming form: write through stream(), then commit() renames the temporary file over
// the target. Destroyed without commit(), it removes the temporary file and leaves no trace.
class AtomicOutputFile {
 public:
  explicit AtomicOutputFile(std::string path);  // throws InputError "io-error"
  ~AtomicOutputFile();
  AtomicOutputFile(const AtomicOutputFile&) = delete;
  AtomicOutputFile& operator=(const AtomicOutputFile&) = delete;
  std::ostream& stream() { return stream_; }
  void commit();  // throws InputError "io-error"

 private:
  std::string path_, temp_;
  std::ofstream stream_;
  bool committed_ = false;
};

}  // namespace handout

// Writes a whole file or nothing: the bytes go to a temporary file in the same folder, which is
// flushed and then renamed over the target. A failure leaves no partial output behind.
#pragma once
#include <string>
#include <string_view>

namespace handout {

// Throws InputError "io-error" naming the path when the folder is missing or not writable.
void write_file_atomically(const std::string& path, std::string_view bytes);

}  // namespace handout

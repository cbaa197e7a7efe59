#include "resolve/image_file.hpp"

#include <algorithm>
#include <filesystem>

#include "core/error.hpp"

namespace handout::resolve {

std::string image_file(const model::Document& doc, const model::Image& img) {
  if (!img.resolved_path.empty()) return img.resolved_path;
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path base = fs::path(doc.path).parent_path().empty() ? fs::path(".") : fs::path(doc.path).parent_path();
  const fs::path root = fs::weakly_canonical(base, ec);
  const fs::path real = fs::weakly_canonical(base / fs::path(img.src), ec);
  const auto [root_end, real_it] = std::mismatch(root.begin(), root.end(), real.begin(), real.end());
  (void)real_it;
  if (ec || root_end != root.end() || fs::path(img.src).is_absolute()) {
    throw InputError("image-outside-content-dir", doc.path, img.loc,
                     "image \"" + img.src + "\" is outside the content folder " + root.string(),
                     "keep images inside the content file's folder (symlinks are followed)");
  }
  return real.string();
}

}  // namespace handout::resolve

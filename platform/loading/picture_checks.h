// --check's last word on pictures: each one decoded as the kiosk will decode it. The loader has read each header
// (app/content/picture/load_picture: PNG or JPEG, size within limits); only the decoder finds a file damaged past its
// header, and decoding belongs to platform/.
#pragma once
#include <vector>

#include "content/content.h"
#include "content/problem.h"
#include "content/read_file.h"

namespace platform {

std::vector<app::Problem> check_pictures_decode(const app::Content& content, const app::ReadFile& read_file);

}  // namespace platform

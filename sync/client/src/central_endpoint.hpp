#pragma once
// Private to mws::sync_client: where the centre is, read from the base URL.

#include <cstdint>
#include <string>
#include <string_view>

#include "mws/core/result.hpp"

namespace mws::sync::client::detail {

struct CentralEndpoint {
  bool https = false;
  std::string host;
  std::uint16_t port = 0;
  std::string basePath;  // "" or "/prefix", no trailing slash

  std::string server() const;  // "host:port", for errors and logs
};

// sync.bad_url unless `url` is http(s)://host[:port][/prefix] without query or fragment.
core::Result<CentralEndpoint> parseBaseUrl(std::string_view url);

}  // namespace mws::sync::client::detail

#include "central_endpoint.hpp"

#include <Poco/Exception.h>
#include <Poco/URI.h>

#include "mws/sync/client/central_client.hpp"

namespace mws::sync::client::detail {

namespace {

// Strings are appended piece by piece here and below: GCC 12 at -O3 warns falsely
// (-Wrestrict) on expressions such as "'" + text.
core::Error badUrl(std::string_view url, const std::string& why) {
  std::string detail = "the base URL ";
  detail.append(url).append(" ").append(why);
  return core::makeError(std::string(codes::kBadUrl), std::move(detail))
      .with("url", std::string(url));
}

}  // namespace

std::string CentralEndpoint::server() const {
  std::string text;
  const bool ipv6 = host.find(':') != std::string::npos;
  if (ipv6) text.push_back('[');
  text.append(host);
  if (ipv6) text.push_back(']');
  text.push_back(':');
  text.append(std::to_string(port));
  return text;
}

core::Result<CentralEndpoint> parseBaseUrl(std::string_view url) {
  Poco::URI uri;
  try {
    uri = Poco::URI(std::string(url));
  } catch (const Poco::SyntaxException& e) {
    return badUrl(url, "is not a URL (" + e.displayText() + ")");
  }
  if (uri.getScheme() != "http" && uri.getScheme() != "https") {
    return badUrl(url, "must start with http:// or https://");
  }
  if (uri.getHost().empty()) return badUrl(url, "names no host");
  if (!uri.getRawQuery().empty() || !uri.getFragment().empty()) {
    return badUrl(url, "must not have a query or a fragment");
  }
  std::string path = uri.getPath();
  while (!path.empty() && path.back() == '/') path.pop_back();
  return CentralEndpoint{uri.getScheme() == "https", uri.getHost(), uri.getPort(), path};
}

}  // namespace mws::sync::client::detail

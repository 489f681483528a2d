#include "mws/sync/protocol/blob.hpp"

#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <utility>

#include "json_object.hpp"

namespace mws::sync::protocol {

namespace {

void addIfValid(std::vector<std::string>& out, const std::string& sha256) {
  if (!isValidSha256(sha256)) return;
  if (std::find(out.begin(), out.end(), sha256) == out.end()) out.push_back(sha256);
}

Poco::JSON::Object::Ptr biometricsOf(std::string_view caseBody) {
  Poco::JSON::Parser parser;
  const auto root = parser.parse(std::string(caseBody)).extract<Poco::JSON::Object::Ptr>();
  const auto payload = root.isNull() ? nullptr : root->getObject("payload");
  return payload.isNull() ? nullptr : payload->getObject("biometrics");
}

}  // namespace

bool isValidSha256(std::string_view text) {
  if (text.size() != 64) return false;
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

std::vector<std::string> blobsReferencedBy(std::string_view caseBody) {
  std::vector<std::string> blobs;
  try {
    Poco::JSON::Parser parser;
    const auto root = parser.parse(std::string(caseBody)).extract<Poco::JSON::Object::Ptr>();
    if (!root.isNull()) addIfValid(blobs, root->optValue<std::string>("document_scan_sha256", ""));
    const auto biometrics = biometricsOf(caseBody);
    if (biometrics.isNull()) return blobs;
    addIfValid(blobs, biometrics->optValue<std::string>("photo_sha256", ""));
    const auto prints = biometrics->getArray("fingerprint_sha256");
    for (std::size_t i = 0; !prints.isNull() && i < prints->size(); ++i) {
      addIfValid(blobs, prints->optElement<std::string>(static_cast<unsigned>(i), ""));
    }
  } catch (const Poco::Exception&) {
    blobs.clear();  // not a case snapshot with biometrics: references nothing
  }
  return blobs;
}

std::string encodeBlobStatus(const BlobStatus& status) {
  auto object = detail::newObject();
  object->set("protocol", status.protocolVersion);
  object->set("sha256", status.sha256);
  object->set("received", static_cast<Poco::Int64>(status.received));
  object->set("size", static_cast<Poco::Int64>(status.size));
  object->set("complete", status.complete);
  return detail::toJson(object);
}

core::Result<BlobStatus> decodeBlobStatus(std::string_view json) {
  auto message = detail::openMessage(json, "blob status");
  if (!message) return message.error();
  BlobStatus status;
  auto sha256 = message->string("sha256");
  if (!sha256) return sha256.error();
  if (!isValidSha256(*sha256)) return message->malformed("sha256", "must be 64 hex digits");
  status.sha256 = std::move(*sha256);
  const auto received = message->integer("received");
  if (!received) return received.error();
  const auto size = message->integer("size");
  if (!size) return size.error();
  const auto complete = message->boolean("complete");
  if (!complete) return complete.error();
  if (*received < 0 || *size < 0) return message->malformed("received", "must not be negative");
  status.received = *received;
  status.size = *size;
  status.complete = *complete;
  return status;
}

}  // namespace mws::sync::protocol

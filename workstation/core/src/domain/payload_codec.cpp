// The JSON form of payloads and fee quotes: one `fields` description per struct, used by
// both the writer and the reader (json_fields.hpp), over the hand-written JSON of json.hpp.
#include "mws/core/domain/payload_codec.hpp"

#include <utility>

#include "json_fields.hpp"

namespace mws::core::codec {

// Shared parts.
template <typename Io>
void fields(Io& io, Address& a) {
  io("region", a.region);
  io("district", a.district);
  io("street", a.street);
  io("house", a.house);
  io("flat", a.flat);
}
template <typename Io>
void fields(Io& io, DateRange& r) {
  io("from", r.from);
  io("to", r.to);
}
template <typename Io>
void fields(Io& io, PersonName& n) {
  io("surname", n.surname);
  io("given_name", n.givenName);
  io("patronymic", n.patronymic);
}
template <typename Io>
void fields(Io& io, Host& h) {
  io("kind", h.kind);
  io("person_id", h.personId);
  io("tax_id", h.taxId);
  io("name", h.name);
  io("consent_given", h.consentGiven);
  io("consent_evidence", h.consentEvidence);
}
template <typename Io>
void fields(Io& io, Employer& e) {
  io("tax_id", e.taxId);
  io("name", e.name);
  io("address", e.address);
}
template <typename Io>
void fields(Io& io, University& u) {
  io("tax_id", u.taxId);
  io("name", u.name);
  io("address", u.address);
}
template <typename Io>
void fields(Io& io, Dormitory& d) {
  io("name", d.name);
  io("address", d.address);
  io("owner_tax_id", d.ownerTaxId);
}
template <typename Io>
void fields(Io& io, Biometrics& b) {
  io("photo_sha256", b.photoSha256);
  io("fingerprint_sha256", b.fingerprintSha256);
}
template <typename Io>
void fields(Io& io, DormitoryContract& c) {
  io("number", c.number);
  io("room", c.room);
  io("period", c.period);
}
template <typename Io>
void fields(Io& io, Invitee& i) {
  io("latin", i.latin);
  io("birth_date", i.birthDate);
  io("citizenship", i.citizenship);
  io("relation", i.relation);
}

// The services.
template <typename Io>
void fields(Io& io, StayRegistrationPayload& p) {
  io("address", p.address);
  io("host", p.host);
  io("period", p.period);
  io("basis", p.basis);
  io("basis_number", p.basisNumber);
}
template <typename Io>
void fields(Io& io, StayCancellationPayload& p) {
  io("registration_case_id", p.registrationCaseId);
  io("requester", p.requester);
  io("requester_person_id", p.requesterPersonId);
  io("requester_document_number", p.requesterDocumentNumber);
}
template <typename Io>
void fields(Io& io, ResidenceRegistrationPayload& p) {
  io("address", p.address);
  io("from", p.from);
  io("replaces_case_id", p.replacesCaseId);
}
template <typename Io>
void fields(Io& io, EVisaExtensionPayload& p) {
  io("visa_number", p.visaNumber);
  io("new_valid_to", p.newValidTo);
}
template <typename Io>
void fields(Io& io, VisaExtensionPayload& p) {
  io("visa_number", p.visaNumber);
  io("new_valid_to", p.newValidTo);
  io("on_site", p.onSite);
  io("organisation_tax_id", p.organisationTaxId);
  io("organisation_name", p.organisationName);
  io("contract_number", p.contractNumber);
}
template <typename Io>
void fields(Io& io, WorkConfirmationPayload& p) {
  io("employer", p.employer);
  io("position", p.position);
  io("period", p.period);
}
template <typename Io>
void fields(Io& io, StudentRegistrationPayload& p) {
  io("university", p.university);
  io("enrolment_number", p.enrolmentNumber);
  io("visa_number", p.visaNumber);
  io("dormitory", p.dormitory);
  io("registration", p.registration);
  io("contract", p.contract);
}
template <typename Io>
void fields(Io& io, IdCardPayload& p) {
  io("reason", p.reason);
  io("urgent", p.urgent);
  io("biometrics", p.biometrics);
  io("free_e_signature", p.freeESignature);
  io("one_id_registration", p.oneIdRegistration);
}
template <typename Io>
void fields(Io& io, StatelessTravelDocumentPayload& p) {
  io("urgent", p.urgent);
  io("biometrics", p.biometrics);
  io("address", p.address);
  io("previous_document_number", p.previousDocumentNumber);
}
template <typename Io>
void fields(Io& io, CompatriotInvitationPayload& p) {
  io("invitees", p.invitees);
  io("intended_stay", p.intendedStay);
  io("host_address", p.hostAddress);
}
template <typename Io>
void fields(Io& io, PermanentResidencePayload& p) {
  io("basis", p.basis);
  io("basis_reference", p.basisReference);
  io("address", p.address);
  io("residing_since", p.residingSince);
}

// Fees.
template <typename Io>
void fields(Io& io, FeeLine& l) {
  io("item", l.item);
  io("bcu_hundredths", l.bcuHundredths);
  io("som", l.som);
  io("waived", l.waived);
  io("waiver_rule", l.waiverRule);
}
template <typename Io>
void fields(Io& io, FeeQuote& q) {
  io("variant", q.variant);
  io("payer", q.payer);
  io("lines", q.lines);
  io("total_bcu_hundredths", q.totalBcuHundredths);
  io("total_som", q.totalSom);
  io("bcu_value_som", q.bcuValueSom);
}

}  // namespace mws::core::codec

namespace mws::core {

namespace {

// At most 64 bytes of `text` for an error parameter, cut at a character boundary.
std::string excerpt(std::string_view text) {
  if (text.size() <= 64) return std::string(text);
  std::size_t end = 64;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return std::string(text.substr(0, end)) + "...";
}

// A reader over the top-level object, its "v" member read and checked.
Result<codec::FieldReader> openReader(const json::Value& root) {
  const json::Object* object = root.as<json::Object>();
  if (!object) {
    return makeError("payload.malformed", "the top-level value is not an object")
        .with("position", "0");
  }
  codec::FieldReader reader(*object, "");
  std::int64_t version = 0;
  reader("v", version);
  if (reader.failed()) return reader.finish().error();
  if (version != kPayloadFormatVersion) {
    return codec::fieldInvalid("v", "unsupported format version " + std::to_string(version));
  }
  return reader;
}

// Reads the alternative of CasePayload at index `service` (the variant follows ServiceCode).
template <std::size_t... I>
CasePayload readService(ServiceCode service, codec::FieldReader& reader,
                        std::index_sequence<I...>) {
  CasePayload payload;
  const auto index = static_cast<std::size_t>(service);
  ((index == I ? (reader.all(payload.emplace<I>()), true) : false) || ...);
  return payload;
}

}  // namespace

std::string encodePayload(const CasePayload& payload) {
  codec::FieldWriter writer;
  writer("v", std::int64_t{kPayloadFormatVersion});
  writer("service", std::string(toString(serviceOf(payload))));
  std::visit([&writer](const auto& alternative) { writer.all(alternative); }, payload);
  return json::write(writer.take());
}

Result<CasePayload> decodePayload(std::string_view text) {
  auto root = json::parse(text);
  if (!root) return root.error();
  auto reader = openReader(*root);
  if (!reader) return reader.error();
  std::string code;
  (*reader)("service", code);
  if (reader->failed()) return reader->finish().error();
  const std::optional<ServiceCode> service = parseServiceCode(code);
  if (!service) return makeError("payload.unknown_service").with("service", excerpt(code));
  CasePayload payload =
      readService(*service, *reader, std::make_index_sequence<std::variant_size_v<CasePayload>>{});
  auto finished = reader->finish();
  if (!finished) return finished.error();
  return payload;
}

std::string encodeFeeQuote(const FeeQuote& quote) {
  codec::FieldWriter writer;
  writer("v", std::int64_t{kPayloadFormatVersion});
  writer.all(quote);
  return json::write(writer.take());
}

Result<FeeQuote> decodeFeeQuote(std::string_view text) {
  auto root = json::parse(text);
  if (!root) return root.error();
  auto reader = openReader(*root);
  if (!reader) return reader.error();
  FeeQuote quote;
  reader->all(quote);
  auto finished = reader->finish();
  if (!finished) return finished.error();
  return quote;
}

}  // namespace mws::core

// Every error code the workstation side can produce has English words in the CLI
// (workstation/cli/src/messages*.cpp), so `mws` never prints a bare "mws: queue.counter_busy".
// The codes are read from the source tree at test time: every string literal shaped like a
// code ("area.snake_case") in workstation/, sync/client/, sync/protocol/ and peripherals/.
// A literal that is no error code (a config key, a field path, a right, an audit action, a
// device state the UI words) is named in the commented exemption list below.
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "../../workstation/cli/src/messages.hpp"

namespace fs = std::filesystem;

namespace {

// Literals shaped like codes that the CLI never prints as an error, by kind.
const std::set<std::string> kExempt{
    // Configuration keys (mws.ini) outside a getString/getInt call: quoted only inside texts.
    "central.ca_file", "central.cert_file", "central.key_file",
    "central.source", "central.url", "counter.name", "db.cluster_dir", "db.dsn",
    "devices.camera", "devices.document_folder", "devices.fingerprint",
    "log.dir", "log.level", "security.idle_lock_minutes", "security.key_file",
    "security.lock_minutes", "security.max_failures", "unit.code", "unit.name", "sys.centre",
    "section.name",
    // Rights and audit actions: quoted as the parameter "right" of auth.forbidden or
    // written to the audit log, never an error's code.
    "audit.verify", "auth.password_set", "auth.sign_in", "auth.unlock", "case.cancel",
    "case.decide", "case.edit", "case.issue", "case.open", "case.review", "case.submit",
    "person.add", "person.create", "person.export", "person.search", "person.update",
    "person.view", "user.add", "user.manage", "demo.seed",
    "auth.finger_enrol", "auth.finger_require",
    "case.view", "case.list", "case.export", "sync.run", "device.manage", "unit.manage",
    "device.finger_enroll", "device.finger_session", "machine.doctor", "machine.onboard",
    "machine.onboard_install", "machine.onboard_request", "overstay.list", "sync.conflicts",
    "sync.daemon", "sync.export", "sync.now", "sync.status", "unit.add",
    // The workstation's preferences file and its key (app::FilePreferences).
    "preferences.properties", "ui.language",
    // Field paths of payloads and person records: quoted as the parameter "field".
    "address.district", "address.region", "address.street", "contract.number",
    "contract.period", "contract.room", "cyrillic.given_name", "cyrillic.patronymic",
    "cyrillic.surname", "latin.given_name", "latin.patronymic", "latin.surname",
    "document.authority", "document.expires_on", "document.issued_on",
    "document.issuing_state", "document.kind", "document.number", "document.series",
    "dormitory.address", "dormitory.name", "dormitory.owner_tax_id", "employer.address",
    "employer.name", "host.consent", "host.consent_evidence", "host.consent_given",
    "host.kind", "host.name", "host.person_id", "intended_stay.from", "intended_stay.to",
    "invitee.relation", "organisation.name", "organisation.tax_id", "period.from", "period.to",
    "registration.from", "registration.to", "university.address", "university.name",
    "visa.entries", "visa.kind", "visa.number", "visa.valid_from", "visa.valid_to",
    "mrz.country", "mrz.date", "mrz.document_code", "mrz.document_number", "mrz.name",
    "mrz.sex",
    // Healthy states of the status bar (the UI words them; they are no errors).
    "camera.ready", "db.ready", "document.ready", "document.reading", "fingerprint.ready",
    "sync.in_sync", "sync.standby", "sync.syncing", "sync.paused",
    // The presenters' own refusals, shown only by the UI (the CLI runs no presenter).
    "flow.blobs_missing", "flow.person_access_missing", "flow.choose_person", "flow.fingerprints_missing", "flow.finished",
    "flow.not_submitted", "flow.person_missing", "flow.photo_missing", "flow.service_missing",
    "form.field_invalid", "form.field_missing",
};

// File names that look like codes ("blob.key", "case_factory.hpp").
bool isFileName(const std::string& literal) {
  static const std::set<std::string> kExtensions{"cpp", "h",   "hpp", "ini", "lib", "log",
                                                 "txt", "pem", "key", "csr", "json", "png",
                                                 "jpg", "pdf", "toml"};
  return kExtensions.contains(literal.substr(literal.find('.') + 1));
}

// code -> first file that holds it.
std::map<std::string, std::string> codesInSources(const fs::path& root) {
  static const std::regex kCode(R"re("([a-z][a-z0-9_]*\.[a-z][a-z0-9_]*)")re");
  // Literals that are a config key or log channel by the call they are passed to.
  static const std::regex kConfigCall(R"re((Logger::get|get(String|Int|Bool|Double))\($)re");
  std::map<std::string, std::string> codes;
  for (const char* dir : {"workstation", "sync/client", "sync/protocol", "peripherals"}) {
    for (const auto& entry : fs::recursive_directory_iterator(root / dir)) {
      const auto ext = entry.path().extension();
      if (!entry.is_regular_file() || (ext != ".cpp" && ext != ".hpp" && ext != ".h")) continue;
      std::ifstream in(entry.path());
      std::stringstream text;
      text << in.rdbuf();
      const std::string source = text.str();
      for (std::sregex_iterator it(source.begin(), source.end(), kCode), end; it != end; ++it) {
        const std::string code = (*it)[1];
        // A prefix the code is built from ("case.central_" + name) is no code itself.
        if (code.back() == '_' || isFileName(code)) continue;
        const auto before = source.substr(it->position() >= 24 ? it->position() - 24 : 0,
                                          std::min<std::ptrdiff_t>(it->position(), 24));
        if (std::regex_search(before, kConfigCall)) continue;
        codes.emplace(code, fs::relative(entry.path(), root).string());
      }
    }
  }
  return codes;
}

fs::path sourceRoot() { return fs::path(MWS_SOURCE_DIR); }

}  // namespace

BOOST_AUTO_TEST_SUITE(cli_messages)

BOOST_AUTO_TEST_CASE(every_code_in_the_sources_has_english_words) {
  const auto codes = codesInSources(sourceRoot());
  // The scan sees the codes this session added; an empty scan would pass vacuously.
  for (const char* known : {"queue.counter_busy", "sync.clock_skew", "auth.forbidden",
                            "print.not_decided", "storage.blob_sent", "input.too_long"}) {
    BOOST_TEST_CONTEXT(known) { BOOST_TEST(codes.contains(known)); }
  }
  for (const auto& [code, file] : codes) {
    if (kExempt.contains(code)) continue;
    BOOST_TEST_CONTEXT(code << " (" << file << ")") {
      BOOST_TEST(mws::cli::wordingOf(code) != nullptr, "no English words for " << code);
    }
  }
}

BOOST_AUTO_TEST_CASE(exempt_codes_still_occur) {
  // A stale exemption would hide nothing but mislead; drop it when its literal goes.
  const auto codes = codesInSources(sourceRoot());
  for (const auto& code : kExempt) {
    BOOST_TEST_CONTEXT(code) { BOOST_TEST(codes.contains(code)); }
  }
}

BOOST_AUTO_TEST_CASE(parameters_are_quoted_in_the_words) {
  const auto busy = mws::core::makeError("queue.counter_busy", "the counter still holds a ticket")
                        .with("counter", "3")
                        .with("ticket", "A-017");
  const std::string text = mws::cli::describe(busy);
  BOOST_TEST(text.starts_with("counter 3 still holds called ticket A-017; close it"));
  BOOST_TEST(text.find("counter=") == std::string::npos);  // quoted, so not listed again

  const auto skew = mws::core::makeError("sync.clock_skew")
                        .with("skew_ms", "-91000")
                        .with("max_skew_ms", "60000")
                        .with("server", "centre:8443");
  const std::string skewText = mws::cli::describe(skew);
  BOOST_TEST(skewText.find("-91000 ms off") != std::string::npos);
  BOOST_TEST(skewText.find("60000 ms") != std::string::npos);
  BOOST_TEST(skewText.ends_with("(server=centre:8443)"));  // not in the text: listed

  // A parameter the text quotes but the error lacks reads "?", never a raw "{unit}".
  const auto bare = mws::core::makeError("queue.not_found");
  BOOST_TEST(mws::cli::describe(bare).starts_with("no ticket with id ?;"));

  BOOST_TEST(mws::cli::describe(mws::core::makeError("no.such_code")) == "no.such_code");
}

BOOST_AUTO_TEST_CASE(every_placeholder_is_closed) {
  // An unclosed "{" would print the rest of a text raw; check every table.
  for (const auto* table : {&mws::cli::domainTexts(), &mws::cli::systemTexts()}) {
    for (const auto& [code, text] : *table) {
      BOOST_TEST_CONTEXT(code) {
        BOOST_TEST(std::count(text.begin(), text.end(), '{') ==
                   std::count(text.begin(), text.end(), '}'));
      }
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()

// English for the codes of the devices, sync, the queue, printing, drafts, storage, keys,
// certificates and the CLI itself. "{name}" quotes the error's parameter of that name
// (messages.cpp substitutes it and lists only the parameters the text does not quote).
#include <string_view>
#include <utility>

#include "messages.hpp"

namespace mws::cli {
namespace {

constexpr std::pair<std::string_view, std::string_view> kTexts[] = {
    // The command line itself.
    {"cli.bad_number", "{option} needs a whole number"},
    {"cli.reported", "the command failed (see above)"},
    {"cli.usage", "wrong arguments (see mws --help)"},
    // Accounts, sign-in and rights.
    {"auth.login_missing", "the login is missing"},
    {"auth.password_missing", "the password is missing"},
    {"auth.other_user", "only the officer who is signed in can unlock this session"},
    {"auth.store_missing", "no account store is open (is the database configured?)"},
    {"auth.finger_required",
     "the password is right, and this account also needs its finger: add --with-finger and "
     "place the finger on this machine's scanner"},
    {"auth.finger_mismatch", "the finger on the scanner is not the account's enrolled finger"},
    {"auth.finger_not_pending", "sign in with the password first; the finger follows it"},
    {"auth.finger_not_scanned", "no finger was scanned"},
    {"auth.finger_not_enrolled",
     "the account has no enrolled finger (mws user finger-enrol {login} first)"},
    {"auth.finger_corrupt", "the account's stored finger cannot be opened (another key or altered); enrol it again"},
    {"auth.finger_name", "'{finger}' is not a finger (right-thumb ... left-little)"},
    {"auth.finger_template_empty", "the scanner gave an empty template"},
    {"auth.finger_template_size", "the template is larger than {max} bytes"},
    {"auth.finger_driver", "the template names no valid scanner driver"},
    {"auth.finger_no_scanner", "the account needs its finger and no fingerprint scanner is set up"},
    {"preferences.unwritable", "the preferences file {file} cannot be written"},
    {"preferences.bad_language", "'{language}' is not a language of the workstation"},
    {"user.unknown", "no such account; list the accounts with 'mws user list'"},
    {"user.password_unchanged", "the new password must differ from the old one"},
    // Cases, review and search outside the core.
    {"case.unavailable", "cases cannot be read: the database is not open"},
    {"case.unknown_decision", "the decision is neither approve nor reject"},
    {"review.unavailable", "the review queue cannot be read: the database is not open"},
    {"search.unavailable", "cases cannot be searched: the database is not open"},
    {"dashboard.unavailable", "the dashboard cannot be read: the database is not open"},
    {"dashboard.bad_range", "the range ends ({to}) before it starts ({from})"},
    // The waiting-room queue.
    {"queue.unavailable", "the queue cannot be read: the database is not open"},
    {"queue.not_found", "no ticket with id {id}; list today's tickets with 'mws queue list'"},
    {"queue.bad_outcome",
     "a ticket is closed as served or no-show, not as {state}"},
    {"queue.bad_state", "ticket {ticket} is {state}; only a called ticket can be closed"},
    {"queue.unknown_unit", "unit {unit} does not exist in this database (mws unit add)"},
    {"queue.counter_missing", "no counter named; give the counter (--counter)"},
    {"queue.counter_busy",
     "counter {counter} still holds called ticket {ticket}; close it as served or no-show "
     "first"},
    {"queue.no_ticket", "no ticket is called at this counter"},
    {"queue.ticket_open", "ticket {label} is still open at this counter; close it first"},
    // Printing.
    {"print.not_decided",
     "the case is {state}; a certificate is printed only for an approved or issued case"},
    {"print.bad_photo", "the stored portrait is not a JPEG or PNG image; take the photo again"},
    {"print.bad_case_id", "the case id cannot be put into a QR code"},
    {"print.failed", "the PDF could not be written (disk full or no access to the file?)"},
    {"print.renderer_missing", "printing is not set up on this workstation"},
    {"print.bad_dpi", "a page cannot be rendered at {dpi} dpi (72 to 1200)"},
    {"print.printer_failed", "the system's printing failed; check the printer in the system's settings"},
    // Drafts and stored blobs.
    {"draft.bad_id", "{id} is not a draft id (a lower-case UUID version 4)"},
    {"draft.malformed", "the saved draft cannot be read; it was made by another version"},
    {"draft.not_yours", "draft {id} belongs to another officer"},
    {"storage.blob_not_found", "no photo or fingerprint with hash {sha256} is stored here"},
    {"storage.blob_key_missing",
     "no blob key is installed; set security.key_file (mws doctor shows it)"},
    {"storage.blob_corrupt",
     "the stored blob {sha256} does not open with this unit's key (wrong key file or damage)"},
    {"storage.blob_sent",
     "blob {sha256} was sent to the centre and its local copy removed; fetch it from the "
     "centre"},
    {"storage.blob_sealed_elsewhere",
     "blob {sha256} is sealed to another centre key than the present one ({centre_key}); "
     "it is sent as it is"},
    {"storage.bad_centre_key",
     "the centre's blob key is not 64 hex digits; check the centre's published key"},
    {"storage.crypto_failed", "libsodium cannot start"},
    {"storage.draft_corrupt",
     "draft {id} does not open with this unit's key (wrong key file or damage)"},
    // The unit's key file.
    {"security.key_missing",
     "the blob key file is missing ({path}); set security.key_file or run 'mws onboard'"},
    {"security.key_file_unreadable", "cannot read the key file {path}"},
    {"security.key_file_unwritable", "cannot write the key file {path}"},
    {"security.key_file_exposed",
     "the key file {path} may be read by others; allow only its owner (chmod 600)"},
    {"security.key_file_invalid", "the key file {path} is not a key (wrong size)"},
    {"security.sodium_unavailable", "libsodium cannot start"},
    // Certificates and onboarding.
    {"cert.failed", "the certificate operation failed"},
    {"cert.unreadable", "no PEM certificate can be read from {file}"},
    {"cert.key_unreadable", "no PEM private key can be read from {file}"},
    {"cert.key_mismatch", "the private key does not belong to the certificate"},
    {"cert.ca_unreadable", "no CA certificate can be read from {file}"},
    {"cert.not_issued_by_ca", "the certificate was not issued by the CA in {ca}"},
    {"onboard.wrong_unit", "the certificate is for another unit; ask the centre for this unit's"},
    {"onboard.expired", "the certificate has expired; ask the centre for a new one"},
    {"onboard.not_issued_by_ca",
     "the certificate was not issued by the given CA; check --ca and the certificate"},
    // Demo data.
    {"demo.generator", "the demo generator could not build consistent data"},
    {"demo.invalid_options", "the demo option {field} is out of range"},
    {"demo.account_conflict",
     "account {login} exists already with other settings; use a fresh database"},
    // Sync with the centre.
    {"sync.not_configured", "sync is not set up: {key} is not set in the configuration"},
    {"sync.bad_url", "central.url must be http(s)://host[:port]"},
    {"sync.unreachable", "cannot reach the centre at {server}; check the network and central.url"},
    {"sync.tls_failed",
     "the secure connection to {server} failed; check central.ca_file, cert_file and key_file"},
    {"sync.http_error", "the centre at {server} answered HTTP {status} ({server_code})"},
    {"sync.busy", "another sync of this unit is running; try again when it ends"},
    {"sync.no_progress", "the centre acknowledged nothing; run 'mws sync now' again later"},
    {"sync.interrupted", "sync stopped before the centre acknowledged; it resumes next time"},
    {"sync.refused", "the centre refused this unit's changes; see 'mws sync conflicts'"},
    {"sync.offline", "the centre cannot be reached"},
    {"sync.clock_skew",
     "this workstation's clock is {skew_ms} ms off the centre's (at most {max_skew_ms} ms "
     "allowed); set the clock and time zone right"},
    {"sync.gap_unrecoverable",
     "the centre holds changes up to {high_water} but this unit's outbox starts at "
     "{first_held}; the changes between are gone; call IT of the centre"},
    {"sync.audit_rewritten",
     "the centre found this unit's audit history rewritten ({problem}: entry {seq}, known "
     "{known_seq}); sync stops until IT has checked the audit log (mws audit verify)"},
    {"sync.no_seal_key",
     "the centre published no key to seal photos and prints to; ask the centre's IT"},
    {"protocol.malformed", "the centre's answer could not be read"},
    {"protocol.version_mismatch",
     "the centre speaks another protocol version; update this workstation"},
    {"protocol.not_found", "the centre does not know that request"},
    {"protocol.method_not_allowed", "the centre does not allow that request"},
    {"protocol.too_large", "the request is too large for the centre"},
    {"protocol.internal", "the centre failed on the request; try again later"},
    {"protocol.clock_skew",
     "this workstation's clock is too far off the centre's; set the clock and time zone right"},
    {"push.gap", "the centre expected changes after {high_water}; they are resent next time"},
    {"push.wrong_unit", "the certificate is for another unit than {unit}"},
    {"push.no_certificate", "the centre needs this unit's client certificate (central.cert_file)"},
    {"push.unavailable", "the centre is not ready; try again later"},
    {"push.blobs_missing", "the centre lacks photos or prints the cases refer to; they are "
                           "sent next time"},
    {"blob.offset_mismatch", "the centre holds {received} bytes of the blob; the upload resumes"},
    {"blob.hash_mismatch", "the uploaded blob arrived damaged; it is sent again"},
    {"blob.too_large", "the blob is larger than the centre takes ({max} bytes)"},
    {"audit.history_rewritten", "this unit's audit history was rewritten"},
    {"audit.check_needed", "the centre needs the audit log checked"},
    // Camera.
    {"camera.not_configured", "no camera is set up (devices.camera)"},
    {"camera.unsupported_source",
     "devices.camera '{source}' is not v4l2:<n>, file:<path>, folder:<path> or synthetic"},
    {"camera.not_found", "camera {source} is not there; plug it in or fix devices.camera"},
    {"camera.open_failed", "camera {source} cannot be opened (busy or no access)"},
    {"camera.disconnected", "camera {source} stopped delivering frames; check its cable"},
    {"camera.busy", "the camera is in use"},
    {"camera.not_open", "the camera is not open"},
    {"camera.unsupported_format", "the camera delivers an image format that is not supported"},
    // Faces.
    {"face.unreadable", "the photo cannot be read ({reason})"},
    {"face.unsupported_frame", "the image is empty or of an unsupported kind"},
    {"face.analysis_failed", "the face analysis failed"},
    {"face.no_crop", "no face to cut a portrait from; take the photo again"},
    {"face.too_large", "the portrait exceeds {bytes} bytes as JPEG"},
    {"face.cascade_missing", "the face model {file} is missing; install opencv-data"},
    // Document reader.
    {"document.not_configured", "no document reader is set up (devices.document)"},
    {"document.unsupported_source", "the document reader's source is not supported"},
    {"document.unreadable", "the image cannot be read ({reason})"},
    {"document.no_mrz", "no machine-readable zone was found ({reason})"},
    {"document.no_barcode", "no barcode was found in the image"},
    {"document.nothing_found", "no MRZ and no barcode on page {page}"},
    {"document.busy", "the document reader is already reading"},
    {"document.source_failed", "the page source failed ({reason})"},
    {"document.font_missing", "the OCR-B font cannot be loaded ({reason})"},
    {"mrz.line_count", "an MRZ has 2 or 3 lines, not {count}"},
    {"mrz.line_length",
     "line {line} has {length} characters; the lines of an MRZ have 30, 36 or 44, all the same"},
    {"mrz.character", "line {line}, column {column}: only A-Z, 0-9 and '<' may stand in an MRZ"},
    {"mrz.format", "no ICAO 9303 format has {lengths} lines"},
    {"mrz.check_failed", "a check digit of the MRZ does not match"},
    {"mrz.unread", "a character of the MRZ could not be read"},
    // Fingerprint scanner.
    {"fingerprint.not_configured", "no fingerprint scanner is set up (devices.fingerprint)"},
    {"fingerprint.not_found", "fingerprint scanner {device} is not there; plug it in"},
    {"fingerprint.not_open", "the fingerprint scanner is not open"},
    {"fingerprint.busy", "the fingerprint scanner is in use"},
    {"fingerprint.disconnected", "the fingerprint scanner was unplugged"},
    {"fingerprint.device_error", "the fingerprint scanner failed; unplug it and plug it in again"},
    {"fingerprint.timeout", "no finger was placed in time"},
    {"fingerprint.cancelled", "the scan was cancelled"},
    {"fingerprint.retry_exhausted", "the finger could not be read after several tries ({reason})"},
    {"fingerprint.not_supported", "this scanner cannot do that"},
    {"fingerprint.unsupported_kind", "this scanner cannot take that kind of print"},
    {"fingerprint.bad_template", "fingerprint template {index} is damaged"},
    {"fingerprint.empty_gallery", "there are no prints to compare with"},
    {"fingerprint.unavailable", "fingerprints cannot be taken on this workstation"},
    {"fingerprint.not_in_session", "finger {finger} is not part of this session"},
    {"fingerprint.finger_excepted", "finger {finger} was declared missing or unreadable"},
    {"fingerprint.session_incomplete", "fingers still to take: {fingers}"},
};

}  // namespace

const std::map<std::string, std::string>& systemTexts() {
  static const std::map<std::string, std::string> texts = [] {
    std::map<std::string, std::string> map;
    for (const auto& [code, text] : kTexts) map.emplace(code, text);
    return map;
  }();
  return texts;
}

}  // namespace mws::cli

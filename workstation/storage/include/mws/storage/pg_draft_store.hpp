#pragma once
// The officers' unfinished new-case flows in PostgreSQL (migration 0009, table flow_drafts).
// The content is sealed at rest with XChaCha20-Poly1305 under the installation's blob key
// (the same key as the blobs, see blob_store.hpp), with the draft id and the officer as
// associated data: a dump shows no personal data, and a row moved to another officer or
// altered does not open ("storage.draft_corrupt").

#include <optional>

#include "mws/core/domain/ports/draft_store.hpp"
#include "mws/storage/blob_store.hpp"
#include "mws/storage/database.hpp"

namespace mws::storage {

class PgDraftStore : public core::DraftStore {
 public:
  // With the key installed for this process (BlobStore::installKey), looked up at each call,
  // so the store may be made before the key is loaded; without one every call fails with
  // storage.blob_key_missing.
  explicit PgDraftStore(Database& db) : m_db(db) {}
  PgDraftStore(Database& db, const BlobKey& key) : m_db(db), m_key(key) {}

  // "draft.bad_id" when the id is not a UUID; "draft.not_yours" (param id) when a draft with
  // that id belongs to another officer. A default savedAt is stamped with the server's time.
  core::Status save(const core::FlowDraft& draft) override;
  core::Result<std::vector<core::FlowDraft>> listFor(std::int64_t officerId) override;
  // Discarding a draft that is not there is not an error (submit and discard may race).
  core::Status discard(const std::string& id) override;

 private:
  std::optional<BlobKey> key() const { return m_key ? m_key : BlobStore::sharedKey(); }

  Database& m_db;
  std::optional<BlobKey> m_key;  // the explicit key, if one was given
};

}  // namespace mws::storage

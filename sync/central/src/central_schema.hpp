#pragma once
// Private to mws::central: the centre's own schema, in its own database, applied with the
// storage library's Migrator (bookkeeping in schema_migrations, under an advisory lock).

#include <vector>

#include "mws/storage/migrations.hpp"

namespace mws::sync::central::detail {

const std::vector<storage::Migration>& centralMigrations();

}  // namespace mws::sync::central::detail

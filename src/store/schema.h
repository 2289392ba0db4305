// Schema creation, versioning and forward migration for the store
// (docs/formats/store.md). Not thread-safe: runs on one Db at open time.
#pragma once

#include "dyad/store.h"
#include "store/db.h"

namespace dyad::store {

struct SchemaInfo {
  int version = 0;
  int dedup_window_days = 1;
};

// Number of migration steps = the schema version this build writes.
int LatestSchemaVersion();

// Creates the schema in an empty database, migrates an older one forward (in
// one write transaction), refuses a newer or foreign one, and reads the
// store's settings. Read-only: never writes; an old schema is an error.
Status EnsureSchema(Db& db, const StoreOptions& options, SchemaInfo* info);

}  // namespace dyad::store

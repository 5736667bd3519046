#include <sqlite3.h>

/* sqlite3_config is variadic, which Swift cannot call: one fixed setting, made before the first
   connection opens. Memory statistics off: with them on, every allocation SQLite makes takes a global
   mutex (a million-row insert makes several per row). */
static inline int impact_sqlite3_disable_memory_statistics(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

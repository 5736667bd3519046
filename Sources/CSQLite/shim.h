#include <sqlite3.h>

/* sqlite3_config is variadic, which Swift cannot call: one fixed setting, made before the first
   connection opens. Memory statistics off: with them on, every allocation SQLite makes takes a global
   mutex (a million-row insert makes several per row). */
static inline int impact_sqlite3_disable_memory_statistics(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

/* Starts writing a file's changed pages to disk without waiting for them (Linux's sync_file_range with
   SYNC_FILE_RANGE_WRITE), so that the sync at the end of a long transaction finds little left to write.
   glibc declares it only under _GNU_SOURCE, which the Glibc module is built without. Elsewhere: nothing. */
#ifdef __linux__
#include <sys/types.h>
int sync_file_range(int fd, __off64_t offset, __off64_t nbytes, unsigned int flags);
static inline int impact_start_writeback(int fd) { return sync_file_range(fd, 0, 0, 2 /* SYNC_FILE_RANGE_WRITE */); }
#else
static inline int impact_start_writeback(int fd) { (void)fd; return 0; }
#endif

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-fault-vfs.c: a SQLite VFS over the default one that fails writes on demand, as a full disk
 * or a failing one would.
 *
 * Every file method is passed on to the real file; xWrite first takes its bytes from a
 * budget, and once the budget is spent it fails without writing. Built into the tests, and
 * as a module to LD_PRELOAD into hallkeeper-cli (HK_FAULT_VFS_BUDGET=BYTES, optional
 * HK_FAULT_VFS_RESULT=full|ioerr).
 */

#include "config.h"

#include "hk-fault-vfs.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

typedef struct
{
  sqlite3_file  base;
  sqlite3_file *real;  /* allocated just after this struct */
} FaultFile;

static sqlite3_vfs fault_vfs;
static sqlite3_vfs *real_vfs;
static gint64 budget = -1;
static int fault_code = SQLITE_FULL;
static guint n_failed;

#define REAL(file) (((FaultFile *)(file))->real)

static int
fault_close (sqlite3_file *file)
{
  int rc = REAL (file)->pMethods != NULL ? REAL (file)->pMethods->xClose (REAL (file)) : SQLITE_OK;

  return rc;
}

static int
fault_read (sqlite3_file  *file,
            void          *buffer,
            int            amount,
            sqlite3_int64  offset)
{
  return REAL (file)->pMethods->xRead (REAL (file), buffer, amount, offset);
}

static int
fault_write (sqlite3_file  *file,
             const void    *buffer,
             int            amount,
             sqlite3_int64  offset)
{
  if (budget >= 0)
    {
      if (amount > budget)
        {
          budget = 0;
          n_failed++;
          return fault_code;
        }
      budget -= amount;
    }

  return REAL (file)->pMethods->xWrite (REAL (file), buffer, amount, offset);
}

static int
fault_truncate (sqlite3_file  *file,
                sqlite3_int64  size)
{
  return REAL (file)->pMethods->xTruncate (REAL (file), size);
}

static int
fault_sync (sqlite3_file *file,
            int           flags)
{
  return REAL (file)->pMethods->xSync (REAL (file), flags);
}

static int
fault_file_size (sqlite3_file  *file,
                 sqlite3_int64 *size)
{
  return REAL (file)->pMethods->xFileSize (REAL (file), size);
}

static int
fault_lock (sqlite3_file *file,
            int           lock)
{
  return REAL (file)->pMethods->xLock (REAL (file), lock);
}

static int
fault_unlock (sqlite3_file *file,
              int           lock)
{
  return REAL (file)->pMethods->xUnlock (REAL (file), lock);
}

static int
fault_check_reserved_lock (sqlite3_file *file,
                           int          *out)
{
  return REAL (file)->pMethods->xCheckReservedLock (REAL (file), out);
}

static int
fault_file_control (sqlite3_file *file,
                    int           op,
                    void         *arg)
{
  return REAL (file)->pMethods->xFileControl (REAL (file), op, arg);
}

static int
fault_sector_size (sqlite3_file *file)
{
  return REAL (file)->pMethods->xSectorSize (REAL (file));
}

static int
fault_device_characteristics (sqlite3_file *file)
{
  return REAL (file)->pMethods->xDeviceCharacteristics (REAL (file));
}

static int
fault_shm_map (sqlite3_file   *file,
               int             region,
               int             size,
               int             extend,
               void volatile **out)
{
  return REAL (file)->pMethods->xShmMap (REAL (file), region, size, extend, out);
}

static int
fault_shm_lock (sqlite3_file *file,
                int           offset,
                int           n,
                int           flags)
{
  return REAL (file)->pMethods->xShmLock (REAL (file), offset, n, flags);
}

static void
fault_shm_barrier (sqlite3_file *file)
{
  REAL (file)->pMethods->xShmBarrier (REAL (file));
}

static int
fault_shm_unmap (sqlite3_file *file,
                 int           delete_flag)
{
  return REAL (file)->pMethods->xShmUnmap (REAL (file), delete_flag);
}

static int
fault_fetch (sqlite3_file   *file,
             sqlite3_int64   offset,
             int             amount,
             void          **out)
{
  /* No memory-mapped reads: every page goes through xRead, every change through xWrite. */
  *out = NULL;
  return SQLITE_OK;
}

static int
fault_unfetch (sqlite3_file  *file,
               sqlite3_int64  offset,
               void          *page)
{
  return SQLITE_OK;
}

static const sqlite3_io_methods fault_io_methods = {
  3,
  fault_close,
  fault_read,
  fault_write,
  fault_truncate,
  fault_sync,
  fault_file_size,
  fault_lock,
  fault_unlock,
  fault_check_reserved_lock,
  fault_file_control,
  fault_sector_size,
  fault_device_characteristics,
  fault_shm_map,
  fault_shm_lock,
  fault_shm_barrier,
  fault_shm_unmap,
  fault_fetch,
  fault_unfetch,
};

static int
fault_open (sqlite3_vfs  *vfs,
            const char   *name,
            sqlite3_file *file,
            int           flags,
            int          *out_flags)
{
  FaultFile *self = (FaultFile *)file;
  int rc;

  self->real = (sqlite3_file *)(self + 1);
  memset (self->real, 0, real_vfs->szOsFile);
  rc = real_vfs->xOpen (real_vfs, name, self->real, flags, out_flags);
  /* SQLite calls xClose even when xOpen fails, if pMethods is set. */
  self->base.pMethods = self->real->pMethods != NULL ? &fault_io_methods : NULL;

  return rc;
}

static int
fault_delete (sqlite3_vfs *vfs,
              const char  *name,
              int          sync_dir)
{
  return real_vfs->xDelete (real_vfs, name, sync_dir);
}

static int
fault_access (sqlite3_vfs *vfs,
              const char  *name,
              int          flags,
              int         *out)
{
  return real_vfs->xAccess (real_vfs, name, flags, out);
}

static int
fault_full_pathname (sqlite3_vfs *vfs,
                     const char  *name,
                     int          n_out,
                     char        *out)
{
  return real_vfs->xFullPathname (real_vfs, name, n_out, out);
}

static int
fault_randomness (sqlite3_vfs *vfs,
                  int          n,
                  char        *out)
{
  return real_vfs->xRandomness (real_vfs, n, out);
}

static int
fault_sleep (sqlite3_vfs *vfs,
             int          microseconds)
{
  return real_vfs->xSleep (real_vfs, microseconds);
}

static int
fault_current_time_int64 (sqlite3_vfs   *vfs,
                          sqlite3_int64 *out)
{
  return real_vfs->xCurrentTimeInt64 (real_vfs, out);
}

static int
fault_current_time (sqlite3_vfs *vfs,
                    double      *out)
{
  return real_vfs->xCurrentTime (real_vfs, out);
}

static int
fault_get_last_error (sqlite3_vfs *vfs,
                      int          n,
                      char        *out)
{
  return real_vfs->xGetLastError (real_vfs, n, out);
}

void
hk_fault_vfs_install (void)
{
  if (real_vfs != NULL)
    return;

  real_vfs = sqlite3_vfs_find (NULL);
  g_assert (real_vfs != NULL && real_vfs->iVersion >= 2);

  fault_vfs.iVersion = 2;
  fault_vfs.szOsFile = sizeof (FaultFile) + real_vfs->szOsFile;
  fault_vfs.mxPathname = real_vfs->mxPathname;
  fault_vfs.zName = "hk-fault";
  fault_vfs.xOpen = fault_open;
  fault_vfs.xDelete = fault_delete;
  fault_vfs.xAccess = fault_access;
  fault_vfs.xFullPathname = fault_full_pathname;
  fault_vfs.xRandomness = fault_randomness;
  fault_vfs.xSleep = fault_sleep;
  fault_vfs.xCurrentTime = fault_current_time;
  fault_vfs.xGetLastError = fault_get_last_error;
  fault_vfs.xCurrentTimeInt64 = fault_current_time_int64;

  g_assert (sqlite3_vfs_register (&fault_vfs, 1) == SQLITE_OK);
}

void
hk_fault_vfs_fail_after (gint64 n_bytes,
                         int    result_code)
{
  budget = n_bytes;
  fault_code = result_code;
  n_failed = 0;
}

guint
hk_fault_vfs_get_n_failed (void)
{
  return n_failed;
}

#ifdef HK_FAULT_VFS_PRELOAD
/* Loaded with LD_PRELOAD into a program: install at once, with the budget from the
 * environment. */
__attribute__ ((constructor)) static void
install_from_environment (void)
{
  const char *budget_text = g_getenv ("HK_FAULT_VFS_BUDGET");
  const char *result = g_getenv ("HK_FAULT_VFS_RESULT");

  if (budget_text == NULL)
    return;

  hk_fault_vfs_install ();
  hk_fault_vfs_fail_after (g_ascii_strtoll (budget_text, NULL, 10),
                           g_strcmp0 (result, "ioerr") == 0 ? SQLITE_IOERR_WRITE : SQLITE_FULL);
}
#endif

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-fault-vfs.h: a SQLite VFS over the default one that fails writes on demand, as a full disk
 * or a failing one would. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Makes the fault VFS SQLite's default; connections opened afterwards use it. */
void   hk_fault_vfs_install       (void);
/* After @n_bytes more bytes are written (to the database, its journal or its log), every
 * write fails with @result_code (SQLITE_FULL or an SQLITE_IOERR code); a negative @n_bytes
 * lets every write through again. */
void   hk_fault_vfs_fail_after    (gint64  n_bytes,
                                   int     result_code);
/* How many writes have failed since the last hk_fault_vfs_fail_after(). */
guint  hk_fault_vfs_get_n_failed  (void);

G_END_DECLS

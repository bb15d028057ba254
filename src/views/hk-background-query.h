/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-background-query.h: running a slow read in a thread on its own database connection. */

#pragma once

#include <gio/gio.h>

#include "core/hk-context.h"

G_BEGIN_DECLS

/* Reads through @context, a context of its own in the worker thread; returns the result or
 * NULL with @error set. */
typedef gpointer (*HkBackgroundFunc) (HkContext  *context,
                                      gpointer    data,
                                      GError    **error);

void     hk_background_query_run     (gpointer             source_object,
                                      HkContext           *context,
                                      HkBackgroundFunc     func,
                                      gpointer             data,
                                      GDestroyNotify       data_free,
                                      GDestroyNotify       result_free,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data);
gpointer hk_background_query_finish  (GAsyncResult        *result,
                                      GError             **error);

G_END_DECLS

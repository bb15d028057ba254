/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-opinion-entry-private.h: how HkOpinionBookStore builds an entry from its row. */

#pragma once

#include "hk-opinion-entry.h"

G_BEGIN_DECLS

typedef struct
{
  gint64    id;
  char     *day;
  char     *text;
  char     *contact;
  gint64    due_at;
  gint64    entered_at;
  gint64    entered_by;
  char     *entered_by_name;
  gboolean  processed;
  char     *reply;
  gint64    replied_at;
  gint64    replied_by;
  char     *replied_by_name;
} HkOpinionEntryData;

HkOpinionEntry *hk_opinion_entry_new_take (HkOpinionEntryData *data);

G_END_DECLS

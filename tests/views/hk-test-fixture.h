/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-test-fixture.h: an application on its own database in a temporary folder. */

#pragma once

#include "hk-test-ui.h"

G_BEGIN_DECLS

typedef struct
{
  char          *dir;
  char          *database_path;
  HkApplication *app;
  HkContext     *context;
} HkViewFixture;

void hk_view_fixture_prepare_demo  (void);
void hk_view_fixture_setup_demo    (HkViewFixture *fixture,
                                    gconstpointer  data);
void hk_view_fixture_setup_empty   (HkViewFixture *fixture,
                                    gconstpointer  data);
void hk_view_fixture_teardown      (HkViewFixture *fixture,
                                    gconstpointer  data);
void hk_view_fixture_cleanup_demo  (void);
HkOperator *hk_view_fixture_log_in (HkViewFixture *fixture,
                                    const char    *login,
                                    GtkWindow    **window);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-test-ui.c: helpers for driving real widgets in view tests and screenshots.
 *
 * Widgets are found the way a screen reader finds them: by their visible
 * title or label, not by private pointers.
 */

#include "config.h"

#include "hk-test-ui.h"

#include <glib/gstdio.h>

#include "core/hk-demo.h"

static gboolean
count_frame_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  guint *remaining = user_data;

  if (*remaining > 0)
    (*remaining)--;

  return *remaining > 0 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

/* Runs the main loop until @widget has been drawn @n_frames times. */
void
hk_test_ui_wait_for_frames (GtkWidget *widget,
                            guint      n_frames)
{
  guint remaining = n_frames;
  gint64 deadline = g_get_monotonic_time () + HK_TEST_UI_PATIENCE;

  gtk_widget_add_tick_callback (widget, count_frame_cb, &remaining, NULL);
  while (remaining > 0 && g_get_monotonic_time () < deadline)
    {
      gtk_widget_queue_draw (widget);
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_cmpuint (remaining, ==, 0);
}

/* Handles every pending event without waiting. */
void
hk_test_ui_iterate (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
property_matches (GtkWidget  *widget,
                  const char *property,
                  const char *value)
{
  GParamSpec *pspec;
  g_autofree char *actual = NULL;

  if (property == NULL)
    return TRUE;

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (widget), property);
  if (pspec == NULL || pspec->value_type != G_TYPE_STRING)
    return FALSE;

  g_object_get (widget, property, &actual, NULL);

  return g_strcmp0 (actual, value) == 0;
}

/* The first widget under @root (itself included) of @type whose string @property is @value. */
GtkWidget *
hk_test_ui_find (GtkWidget  *root,
                 GType       type,
                 const char *property,
                 const char *value)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) && property_matches (root, property, value))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = hk_test_ui_find (child, type, property, value);

      if (found != NULL)
        return found;
    }

  return NULL;
}

GtkWidget *
hk_test_ui_find_named (GtkWidget  *root,
                       const char *name)
{
  return hk_test_ui_find (root, GTK_TYPE_WIDGET, "name", name);
}

/* The first toplevel window of @type, or NULL. */
GtkWindow *
hk_test_ui_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) &&
          gtk_widget_get_visible (GTK_WIDGET (window)))
        return GTK_WINDOW (window);
    }

  return NULL;
}

/* Types @text into the editable of @type titled @title, as a user would. */
void
hk_test_ui_set_text (GtkWidget  *root,
                     GType       type,
                     const char *title,
                     const char *text)
{
  GtkWidget *editable = hk_test_ui_find (root, type, "title", title);

  g_assert_nonnull (editable);
  gtk_editable_set_text (GTK_EDITABLE (editable), text);
}

/* Renders @widget as it is on screen into a PNG file. */
gboolean
hk_test_ui_save_png (GtkWidget   *widget,
                     const char  *path,
                     GError     **error)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkSnapshot *snapshot;
  GskRenderer *renderer;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);

  if (node == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Nothing was drawn for %s", path);
      return FALSE;
    }

  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));

  if (!gdk_texture_save_to_png (texture, path))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Cannot write %s", path);
      return FALSE;
    }

  return TRUE;
}

static void
collect_labels (GtkWidget *widget,
                GString   *out,
                gboolean   inside_toast)
{
  const char *css_name = gtk_widget_get_css_name (widget);

  inside_toast = inside_toast || g_strcmp0 (css_name, "toast") == 0;

  if (inside_toast && GTK_IS_LABEL (widget))
    g_string_append_printf (out, "%s\n", gtk_label_get_label (GTK_LABEL (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, out, inside_toast);
}

/* The text of every toast shown under @root, one per line. */
char *
hk_test_ui_collect_toasts (GtkWidget *root)
{
  GString *out = g_string_new (NULL);

  collect_labels (root, out, FALSE);

  return g_string_free (out, FALSE);
}

/* Opens @database_path in a registered application, so that windows can join it. */
void
hk_test_ui_open (HkApplication *app,
                 const char    *database_path)
{
  g_autoptr(GError) error = NULL;

  if (!g_application_get_is_registered (G_APPLICATION (app)))
    {
      g_application_register (G_APPLICATION (app), NULL, &error);
      g_assert_no_error (error);
    }

  hk_application_open (app, database_path, &error);
  g_assert_no_error (error);
}

/* Builds the demo hall into @path, through the same code as `hallkeeper-cli demo`. */
void
hk_test_ui_make_demo (const char *path)
{
  g_autoptr(HkDatabase) database = NULL;
  g_autoptr(HkContext) context = NULL;
  g_autoptr(GError) error = NULL;

  database = hk_database_open (path, &error);
  g_assert_no_error (error);
  context = hk_context_new (database);
  /* Two days of counter records: enough for every list, quick to build. */
  hk_demo_populate (context, 2, &error);
  g_assert_no_error (error);
}

/* Copies a file, e.g. a demo database prepared once, so that each test starts from it. */
void
hk_test_ui_copy_file (const char *from,
                      const char *to)
{
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) target = g_file_new_for_path (to);
  g_autoptr(GError) error = NULL;

  g_file_copy (source, target, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
}

/* Closes every window and lets GTK finish, so the next test starts clean. */
void
hk_test_ui_close_all (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  while (g_list_model_get_n_items (toplevels) > 0)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, 0);
      gtk_window_destroy (window);
    }

  hk_test_ui_iterate ();
}

/* How many audit entries with @action the database holds. */
gint64
hk_test_ui_count_audit (HkContext  *context,
                        const char *action)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GError) error = NULL;

  stmt = hk_database_prepare (hk_context_get_database (context),
                              "SELECT count(*) FROM audit_log WHERE action = ?1", &error);
  g_assert_no_error (error);
  hk_statement_bind_text (stmt, 1, action);
  g_assert_true (hk_statement_step (stmt, &error));

  return hk_statement_get_int64 (stmt, 0);
}

/* Removes a test's temporary directory and the files in it. */
void
hk_test_ui_remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (path, name, NULL);
      g_remove (file);
    }

  g_rmdir (path);
}

/* Initialises GTK for a test program; FALSE (after printing a TAP skip) without a display. */
gboolean
hk_test_ui_init (int    *argc,
                 char ***argv)
{
  g_test_init (argc, argv, NULL);

  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display: run the view tests under Xvfb (build-aux/test does)\n");
      return FALSE;
    }

  return TRUE;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-daily-report-page.c: one clerk's daily report: the three legs, the gaps, the auditor's
 * check and the signature.
 *
 * The three legs stand side by side (stacked on a narrow window), each with its verdict
 * as an icon and a word: the account (the receipts), the cash (the drawers and what the
 * clerk declared), the stubs (the numbers used, and each missing number with a button to
 * explain it). Under them the auditor copies the accounting copy and the bank deposit
 * receipt into the check form, reads what still keeps the report from agreeing, notes
 * how a cash difference was settled and signs. Every rule is core's: the page shows
 * hk_daily_report_describe_problems() and the stores' errors, and only disables what
 * core would refuse. A signed report is shown read-only with who signed it and when.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/hk-input.h"
#include "core/hk-money.h"
#include "hk-cash-desk-format.h"
#include "hk-columns-layout.h"
#include "hk-daily-report-page.h"
#include "hk-section.h"
#include "hk-settlement-item.h"

struct _HkDailyReportPage
{
  AdwBin               parent_instance;

  HkContext           *context;
  gint64               clerk_id;
  char                *day;
  char                *clerk_name;
  char                *title;
  HkDailyReport       *report;
  char                *form_problem;
  char                *sign_problem;
  gboolean             dirty;
  GPtrArray           *gap_rows;
  GPtrArray           *problem_rows;

  /* Figure rows, made in code */
  GtkLabel            *receipts_label;
  GtkLabel            *void_label;
  GtkLabel            *corrections_label;
  GtkLabel            *method_labels[HK_N_PAYMENT_METHODS];
  GtkLabel            *account_total_label;
  AdwActionRow        *shifts_row;
  GtkLabel            *shifts_label;
  AdwActionRow        *float_row;
  GtkLabel            *float_label;
  AdwActionRow        *counted_row;
  GtkLabel            *counted_label;
  AdwActionRow        *expected_row;
  GtkLabel            *expected_label;
  AdwActionRow        *movements_row;
  GtkLabel            *movements_label;
  AdwActionRow        *takings_row;
  GtkLabel            *takings_label;
  AdwActionRow        *non_cash_row;
  GtkLabel            *non_cash_label;
  GtkLabel            *cash_leg_label;
  GtkLabel            *difference_label;
  AdwActionRow        *numbers_row;
  GtkLabel            *numbers_label;
  GtkLabel            *stub_total_label;
  GtkWidget           *account_badge;
  GtkWidget           *cash_badge;
  GtkWidget           *stubs_badge;

  /* Template widgets */
  AdwEntryRow         *accounting_copy_row;
  AdwPreferencesGroup *account_group;
  AdwEntryRow         *bank_amount_row;
  AdwEntryRow         *bank_name_row;
  AdwPreferencesGroup *cash_group;
  AdwPreferencesGroup *check_group;
  GtkLabel            *check_problem_label;
  AdwEntryRow         *declared_cash_row;
  AdwPreferencesGroup *gaps_group;
  GtkBox              *legs_box;
  AdwPreferencesGroup *note_group;
  AdwEntryRow         *note_row;
  AdwPreferencesGroup *problems_group;
  GtkButton           *record_button;
  GtkBox              *sign_box;
  GtkLabel            *sign_reason_label;
  AdwPreferencesGroup *signed_group;
  AdwActionRow        *signed_row;
  AdwEntryRow         *slip_date_row;
  AdwEntryRow         *slip_no_row;
  GtkImage            *state_image;
  GtkLabel            *state_label;
  AdwPreferencesGroup *stubs_group;
  GtkLabel            *subtitle_label;
  GtkLabel            *title_label;
};

G_DEFINE_FINAL_TYPE (HkDailyReportPage, hk_daily_report_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static HkOperator *
get_actor (HkDailyReportPage *self)
{
  return hk_context_get_operator (self->context);
}

static gboolean
actor_is_auditor (HkDailyReportPage *self)
{
  HkOperator *actor = get_actor (self);

  return actor != NULL && hk_operator_has_any_role (actor, HK_ROLE_AUDITOR);
}

static gboolean
is_signed (HkDailyReportPage *self)
{
  return self->report != NULL &&
         hk_daily_report_get_status (self->report) == HK_DAILY_REPORT_SIGNED;
}

static const char *
row_text (gpointer row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static gboolean
is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;

  return TRUE;
}

static void
show_toast (HkDailyReportPage *self,
            const char        *message)
{
  GtkWidget *section = gtk_widget_get_ancestor (GTK_WIDGET (self), HK_TYPE_SECTION);

  if (section != NULL)
    hk_section_show_toast (HK_SECTION (section), message);
}

/* A refusal the user can fix: shown at once, ahead of any confirmation still on screen. */
static void
show_error (HkDailyReportPage *self,
            const char        *message)
{
  GtkWidget *section = gtk_widget_get_ancestor (GTK_WIDGET (self), HK_TYPE_SECTION);

  if (section != NULL)
    hk_section_show_error_message (HK_SECTION (section), message);
}

static char *
dup_operator_name (HkDailyReportPage *self,
                   gint64             operator_id)
{
  g_autoptr(HkOperator) operator = NULL;

  operator = hk_operator_store_lookup_by_id (hk_context_get_operator_store (self->context),
                                             operator_id, NULL);
  if (operator != NULL)
    return g_strdup (hk_operator_get_display_name (operator));

  return g_strdup_printf ("#%lld", (long long)operator_id);
}

/* "1234567890 00000003", or a run "1234567890 00000001–00000002". */
static char *
format_numbers (const char *invoice_code,
                gint64      first_no,
                gint64      last_no)
{
  if (first_no == last_no)
    return g_strdup_printf ("%s %08lld", invoice_code, (long long)first_no);

  return g_strdup_printf ("%s %08lld–%08lld", invoice_code, (long long)first_no,
                          (long long)last_no);
}

static void
set_row_error (gpointer row,
               gboolean error)
{
  if (error)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

static void
set_count (GtkLabel *label,
           guint     count)
{
  g_autofree char *text = g_strdup_printf ("%u", count);

  gtk_label_set_label (label, text);
}

static void
set_money (GtkLabel *label,
           gint64    fen)
{
  g_autofree char *text = hk_money_format (fen);

  gtk_label_set_label (label, text);
  if (fen < 0)
    gtk_widget_add_css_class (GTK_WIDGET (label), "money-negative");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (label), "money-negative");
}

/* A cash difference: "Short by ¥12.00" in the error colour, "Over by ¥3.00", or "¥0.00". */
static void
set_difference (GtkLabel *label,
                gint64    fen)
{
  g_autofree char *text = hk_cash_desk_format_difference_brief (fen);

  gtk_label_set_label (label, text);
  if (fen < 0)
    gtk_widget_add_css_class (GTK_WIDGET (label), "money-negative");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (label), "money-negative");
}

/* An icon and a word in a group's header: whether that leg agrees. */
static GtkWidget *
make_badge (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *image = g_object_new (GTK_TYPE_IMAGE,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                   NULL);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_set_valign (box, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), label);

  return box;
}

static void
set_badge (GtkWidget  *badge,
           gboolean    agrees,
           const char *word)
{
  GtkWidget *image = gtk_widget_get_first_child (badge);
  GtkWidget *label = gtk_widget_get_next_sibling (image);

  gtk_image_set_from_icon_name (GTK_IMAGE (image),
                                agrees ? "emblem-ok-symbolic" : "dialog-warning-symbolic");
  gtk_label_set_label (GTK_LABEL (label), word);
  if (agrees)
    {
      gtk_widget_add_css_class (badge, "success");
      gtk_widget_remove_css_class (badge, "error");
    }
  else
    {
      gtk_widget_add_css_class (badge, "error");
      gtk_widget_remove_css_class (badge, "success");
    }
}

/* A row with a title and a right-aligned figure; @name lets tests and screen readers find it. */
static GtkLabel *
add_figure (AdwPreferencesGroup  *group,
            const char           *title,
            const char           *name,
            gboolean              total,
            AdwActionRow        **row_out)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (NULL);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_name (label, name);
  gtk_widget_add_css_class (label, "numeric");
  if (total)
    gtk_widget_add_css_class (label, "heading");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, row, NULL, -1);
  adw_preferences_group_add (group, row);

  if (row_out != NULL)
    *row_out = ADW_ACTION_ROW (row);

  return GTK_LABEL (label);
}

static void
build_figures (HkDailyReportPage *self)
{
  static const char * const method_names[HK_N_PAYMENT_METHODS] = {
    "account-cash", "account-card", "account-wechat", "account-alipay", "account-cheque",
  };

  self->receipts_label = add_figure (self->account_group, _("Receipts"), "receipts", FALSE,
                                     NULL);
  self->void_label = add_figure (self->account_group, _("Voided"), "voided", FALSE, NULL);
  self->corrections_label = add_figure (self->account_group, _("Red-letter corrections"),
                                        "corrections", FALSE, NULL);
  for (guint m = 0; m < HK_N_PAYMENT_METHODS; m++)
    self->method_labels[m] = add_figure (self->account_group, hk_payment_method_get_title (m),
                                         method_names[m], FALSE, NULL);
  self->account_total_label = add_figure (self->account_group, _("Account total"),
                                          "account-total", TRUE, NULL);

  self->shifts_label = add_figure (self->cash_group, _("Shifts"), "shifts", FALSE,
                                   &self->shifts_row);
  self->float_label = add_figure (self->cash_group, _("Opening floats"), "opening-float", FALSE,
                                  &self->float_row);
  self->counted_label = add_figure (self->cash_group, _("Counted at the close"), "counted-cash",
                                    FALSE, &self->counted_row);
  self->expected_label = add_figure (self->cash_group, _("Expected in the drawers"),
                                     "expected-cash", FALSE, &self->expected_row);
  self->movements_label = add_figure (self->cash_group, _("Cash moved in or out"),
                                      "cash-movements", FALSE, &self->movements_row);
  self->takings_label = add_figure (self->cash_group, _("Cash taken"), "cash-taken", FALSE,
                                    &self->takings_row);
  self->non_cash_label = add_figure (self->cash_group, _("Non-cash declared"),
                                     "declared-non-cash", FALSE, &self->non_cash_row);
  self->cash_leg_label = add_figure (self->cash_group, _("Cash leg"), "cash-leg", TRUE, NULL);
  self->difference_label = add_figure (self->cash_group, _("Difference"), "cash-difference",
                                       TRUE, NULL);
  adw_action_row_set_subtitle (self->movements_row, _("Negative: taken out, e.g. to the safe"));

  self->numbers_label = add_figure (self->stubs_group, _("Numbers used"), "numbers-used", FALSE,
                                    &self->numbers_row);
  self->stub_total_label = add_figure (self->stubs_group, _("Stub total"), "stub-total", TRUE,
                                       NULL);

  self->account_badge = make_badge ();
  self->cash_badge = make_badge ();
  self->stubs_badge = make_badge ();
  adw_preferences_group_set_header_suffix (self->account_group, self->account_badge);
  adw_preferences_group_set_header_suffix (self->cash_group, self->cash_badge);
  adw_preferences_group_set_header_suffix (self->stubs_group, self->stubs_badge);

  /* The three legs side by side, each at least this wide, or else one under another. */
  gtk_widget_set_layout_manager (GTK_WIDGET (self->legs_box), hk_columns_layout_new (250, 18));
}

static void
clear_rows (AdwPreferencesGroup *group,
            GPtrArray           *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}

static GtkWidget *
add_message_row (AdwPreferencesGroup *group,
                 GPtrArray           *rows,
                 const char          *icon_name,
                 const char          *title,
                 const char          *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *image = g_object_new (GTK_TYPE_IMAGE,
                                   "icon-name", icon_name,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                   NULL);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), image);
  adw_preferences_group_add (group, row);
  g_ptr_array_add (rows, row);

  return row;
}

/* What keeps the report from being signed, one sentence each; a cash difference no longer
 * counts once a note is typed, since the note is given with the signature. */
static GStrv
dup_blocking_problems (HkDailyReportPage *self)
{
  g_autofree char *problems = NULL;
  g_auto(GStrv) lines = NULL;
  const char *stored_note;
  guint n;

  if (self->report == NULL || (problems = hk_daily_report_describe_problems (self->report)) == NULL)
    return g_new0 (char *, 1);

  lines = g_strsplit (problems, "\n", -1);
  n = g_strv_length (lines);
  stored_note = hk_daily_report_get_difference_note (self->report);

  /* describe_problems() names a difference without a note last. */
  if (n > 0 && hk_daily_report_get_cash_difference (self->report) != 0 &&
      is_blank (stored_note) && !is_blank (row_text (self->note_row)))
    g_clear_pointer (&lines[n - 1], g_free);

  return g_steal_pointer (&lines);
}

static void
update_problems (HkDailyReportPage *self)
{
  g_auto(GStrv) problems = dup_blocking_problems (self);

  clear_rows (self->problems_group, self->problem_rows);

  if (problems[0] == NULL)
    add_message_row (self->problems_group, self->problem_rows, "emblem-ok-symbolic",
                     _("Nothing keeps this report from being signed."), NULL);

  for (guint i = 0; problems[i] != NULL; i++)
    {
      GtkWidget *row = add_message_row (self->problems_group, self->problem_rows,
                                        "dialog-warning-symbolic", problems[i], NULL);

      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
    }
}

/* Reads the check form: the first problem, or NULL when it may be recorded. */
static char *
find_form_problem (HkDailyReportPage  *self,
                   HkDailyReportCheck *check)
{
  HkHallStore *hall = hk_context_get_hall_store (self->context);
  g_autoptr(GError) error = NULL;
  char *problem = NULL;
  gboolean imported = self->report != NULL && hk_daily_report_is_imported (self->report);
  struct {
    AdwEntryRow *row;
    gint64      *fen;
    const char  *missing;
  } amounts[] = {
    { self->accounting_copy_row, &check->accounting_copy,
      N_("Give the accounting copy’s total, e.g. 1234.50.") },
    { self->bank_amount_row, &check->bank_amount,
      N_("Give the amount of the bank deposit receipt.") },
    { imported ? self->declared_cash_row : NULL, &check->declared_cash,
      N_("Give the cash the clerk declared for this imported day.") },
  };
  gboolean date_bad;

  memset (check, 0, sizeof *check);
  check->bank_name = row_text (self->bank_name_row);
  check->bank_slip_no = row_text (self->slip_no_row);
  check->bank_slip_date = row_text (self->slip_date_row);
  check->has_declared_cash = imported;

  for (guint i = 0; i < G_N_ELEMENTS (amounts); i++)
    {
      gboolean bad;

      if (amounts[i].row == NULL)
        continue;

      bad = !is_blank (row_text (amounts[i].row)) &&
            !hk_input_parse_money (row_text (amounts[i].row), amounts[i].fen, &error);
      set_row_error (amounts[i].row, bad);
      if (bad && problem == NULL)
        problem = g_strdup (error->message);
      g_clear_error (&error);
    }

  date_bad = !is_blank (check->bank_slip_date) &&
             !hk_hall_store_parse_day (hall, check->bank_slip_date, NULL, NULL, &error);
  set_row_error (self->slip_date_row, date_bad);
  if (date_bad && problem == NULL)
    problem = g_strdup (error->message);
  g_clear_error (&error);

  if (problem != NULL)
    return problem;

  if (is_blank (row_text (self->accounting_copy_row)))
    return g_strdup (_(amounts[0].missing));
  if (is_blank (check->bank_name))
    return g_strdup (_("Give the bank’s name."));
  if (is_blank (check->bank_slip_no))
    return g_strdup (_("Give the number of the bank deposit receipt."));
  if (is_blank (row_text (self->bank_amount_row)))
    return g_strdup (_(amounts[1].missing));
  if (imported && is_blank (row_text (self->declared_cash_row)))
    return g_strdup (_(amounts[2].missing));

  return NULL;
}

/* Why Sign is disabled, or NULL when it may be pressed. */
static char *
find_sign_problem (HkDailyReportPage *self)
{
  g_auto(GStrv) problems = NULL;
  HkOperator *actor = get_actor (self);

  if (self->report == NULL || is_signed (self))
    return g_strdup ("");

  if (!actor_is_auditor (self))
    return g_strdup (_("Only an auditor signs daily reports."));

  if (hk_operator_get_id (actor) == self->clerk_id)
    return g_strdup (_("Another auditor signs your own daily report."));

  if (hk_daily_report_get_status (self->report) != HK_DAILY_REPORT_SUBMITTED &&
      !hk_daily_report_is_imported (self->report))
    return g_strdup (_("The clerk has not submitted this report yet."));

  problems = dup_blocking_problems (self);
  if (problems[0] != NULL)
    return g_strdup (_("Settle what is listed above before signing."));

  return NULL;
}

static void
update_actions (HkDailyReportPage *self)
{
  HkDailyReportCheck check;
  gboolean can_check = self->report != NULL && actor_is_auditor (self) && !is_signed (self);

  g_free (self->form_problem);
  self->form_problem = can_check ? find_form_problem (self, &check) : NULL;
  gtk_label_set_label (self->check_problem_label,
                       self->form_problem != NULL ? self->form_problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->check_problem_label), self->form_problem != NULL);

  g_free (self->sign_problem);
  self->sign_problem = find_sign_problem (self);
  gtk_label_set_label (self->sign_reason_label,
                       self->sign_problem != NULL
                       ? self->sign_problem
                       : _("Signing locks the clerk’s day for good; corrections then go to a "
                           "later day."));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "report.record-check",
                                 can_check && self->form_problem == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "report.sign", self->sign_problem == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "report.explain-gap", can_check);
}

static void
on_note_changed_cb (HkDailyReportPage *self)
{
  update_problems (self);
  update_actions (self);
}

static void
on_entry_activated_cb (HkDailyReportPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "report.record-check", NULL);
}

static void
set_entry (AdwEntryRow *row,
           const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static void
set_money_entry (AdwEntryRow *row,
                 gboolean     has_value,
                 gint64       fen)
{
  g_autofree char *text = has_value ? hk_money_format_plain (fen) : NULL;

  set_entry (row, text);
}

/* Puts what is stored with the report into the check form and the note. */
static void
fill_form (HkDailyReportPage *self)
{
  HkDailyReport *report = self->report;
  gboolean has_check = hk_daily_report_has_check (report);
  gboolean editable = actor_is_auditor (self) && !is_signed (self);
  AdwEntryRow *rows[] = {
    self->accounting_copy_row, self->bank_name_row, self->slip_no_row, self->slip_date_row,
    self->bank_amount_row, self->declared_cash_row, self->note_row,
  };

  set_money_entry (self->accounting_copy_row, has_check,
                   hk_daily_report_get_accounting_copy (report));
  set_entry (self->bank_name_row, hk_daily_report_get_bank_name (report));
  set_entry (self->slip_no_row, hk_daily_report_get_bank_slip_no (report));
  set_entry (self->slip_date_row, hk_daily_report_get_bank_slip_date (report));
  set_money_entry (self->bank_amount_row, has_check, hk_daily_report_get_bank_amount (report));
  set_money_entry (self->declared_cash_row,
                   has_check || hk_daily_report_get_declared_cash (report) != 0,
                   hk_daily_report_get_declared_cash (report));
  /* The note is stored with the signature: until then, keep what the auditor typed. */
  if (!is_blank (hk_daily_report_get_difference_note (report)))
    set_entry (self->note_row, hk_daily_report_get_difference_note (report));

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    gtk_editable_set_editable (GTK_EDITABLE (rows[i]), editable);
  gtk_widget_set_visible (GTK_WIDGET (self->record_button), editable);
}

static void
update_header (HkDailyReportPage *self)
{
  HkDailyReport *report = self->report;
  HkSettlementState state = hk_settlement_state_for_report (report);
  g_autofree char *day = hk_settlement_format_day (self->day);
  g_autofree char *description = hk_settlement_describe_report (report);
  g_autofree char *title = NULL;
  const char *handed_in;

  title = g_strdup_printf ("%s · %s", self->clerk_name, day);
  gtk_label_set_label (self->title_label, title);

  if (hk_daily_report_is_imported (report))
    handed_in = _("Imported from the business platform; no shift");
  else if (hk_daily_report_get_status (report) == HK_DAILY_REPORT_OPEN)
    handed_in = _("Not submitted by the clerk yet");
  else
    handed_in = _("Submitted by the clerk");
  gtk_label_set_label (self->subtitle_label, handed_in);

  gtk_image_set_from_icon_name (self->state_image, hk_settlement_state_get_icon_name (state));
  gtk_label_set_label (self->state_label, hk_settlement_state_get_title (state));
  gtk_widget_set_tooltip_text (gtk_widget_get_parent (GTK_WIDGET (self->state_label)),
                               description);

  if (g_strcmp0 (self->title, title) != 0)
    {
      g_free (self->title);
      self->title = g_steal_pointer (&title);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->signed_group), is_signed (self));
  if (is_signed (self))
    {
      g_autofree char *signer = dup_operator_name (self, hk_daily_report_get_signed_by (report));
      g_autofree char *signed_title = g_strdup_printf (_("Signed by %s"), signer);
      g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (
                                   hk_daily_report_get_signed_at (report));
      g_autoptr(GDateTime) local = g_date_time_to_timezone (
                                     utc, hk_hall_store_get_time_zone (
                                            hk_context_get_hall_store (self->context)));
      g_autofree char *when = g_date_time_format (local, "%Y-%m-%d %H:%M");
      g_autofree char *subtitle = NULL;

      /* Translators: %s is a date and time, e.g. "2024-03-15 09:12" */
      subtitle = g_strdup_printf (_("On %s. The clerk’s day is locked: nothing of it can "
                                    "change."), when);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->signed_row), signed_title);
      adw_action_row_set_subtitle (self->signed_row, subtitle);
    }
}

static void
update_account (HkDailyReportPage *self)
{
  HkDailyReport *report = self->report;

  set_count (self->receipts_label, hk_daily_report_get_n_receipts (report));
  set_count (self->void_label, hk_daily_report_get_n_void (report));
  set_count (self->corrections_label, hk_daily_report_get_n_corrections (report));
  for (guint m = 0; m < HK_N_PAYMENT_METHODS; m++)
    set_money (self->method_labels[m], hk_daily_report_get_account_by_method (report, m));
  set_money (self->account_total_label, hk_daily_report_get_account_total (report));
  /* The account is what the other legs are held against; the auditor's accounting copy
   * is held against it. */
  gtk_widget_set_visible (self->account_badge, hk_daily_report_has_check (report));
  if (hk_daily_report_get_accounting_copy (report) == hk_daily_report_get_account_total (report))
    set_badge (self->account_badge, TRUE, _("Copy agrees"));
  else
    set_badge (self->account_badge, FALSE, _("Copy differs"));
}

static void
update_cash (HkDailyReportPage *self)
{
  HkDailyReport *report = self->report;
  gboolean imported = hk_daily_report_is_imported (report);
  gint64 difference = hk_daily_report_get_cash_difference (report);
  g_autoptr(GString) non_cash = g_string_new (NULL);
  gint64 non_cash_total = 0;
  g_autofree char *shifts = NULL;

  if (hk_daily_report_get_n_open_shifts (report) > 0)
    shifts = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u (%u still open)",
                                           "%u (%u still open)",
                                           hk_daily_report_get_n_shifts (report)),
                              hk_daily_report_get_n_shifts (report),
                              hk_daily_report_get_n_open_shifts (report));
  else
    shifts = g_strdup_printf ("%u", hk_daily_report_get_n_shifts (report));
  gtk_label_set_label (self->shifts_label, shifts);

  set_money (self->float_label, hk_daily_report_get_opening_float (report));
  set_money (self->counted_label, hk_daily_report_get_counted_cash (report));
  set_money (self->expected_label, hk_daily_report_get_expected_cash (report));
  set_money (self->movements_label, hk_daily_report_get_cash_movements (report));
  set_money (self->takings_label, hk_daily_report_get_cash_takings (report));

  for (guint m = HK_PAYMENT_CARD; m < HK_N_PAYMENT_METHODS; m++)
    {
      gint64 declared = hk_daily_report_get_declared (report, m);
      g_autofree char *amount = NULL;

      non_cash_total += declared;
      if (declared == 0)
        continue;

      amount = hk_money_format (declared);
      if (non_cash->len > 0)
        g_string_append (non_cash, " · ");
      /* Translators: a payment method and its amount, e.g. "WeChat Pay ¥20.00" */
      g_string_append_printf (non_cash, C_("method and amount", "%s %s"),
                              hk_payment_method_get_title (m), amount);
    }
  set_money (self->non_cash_label, non_cash_total);
  adw_action_row_set_subtitle (self->non_cash_row, non_cash->str);

  set_money (self->cash_leg_label, hk_daily_report_get_cash_leg (report));
  set_difference (self->difference_label, difference);

  gtk_widget_set_visible (GTK_WIDGET (self->shifts_row), !imported);
  gtk_widget_set_visible (GTK_WIDGET (self->float_row), !imported);
  gtk_widget_set_visible (GTK_WIDGET (self->counted_row), !imported);
  gtk_widget_set_visible (GTK_WIDGET (self->expected_row), !imported);
  gtk_widget_set_visible (GTK_WIDGET (self->movements_row), !imported);
  adw_action_row_set_subtitle (self->takings_row,
                               imported ? _("Declared by the clerk for this imported day")
                                        : _("Counted, less the floats and the cash moved"));

  if (difference < 0)
    set_badge (self->cash_badge, FALSE, _("Short"));
  else if (difference > 0)
    set_badge (self->cash_badge, FALSE, _("Over"));
  else
    set_badge (self->cash_badge, TRUE, _("Agrees"));
}

static void
append_run (GString    *text,
            const char *invoice_code,
            gint64      first_no,
            gint64      last_no)
{
  g_autofree char *numbers = format_numbers (invoice_code, first_no, last_no);

  if (text->len > 0)
    g_string_append (text, "\n");
  g_string_append (text, numbers);
}

/* The runs of consecutive numbers on the clerk's receipts of the day (起讫号码), one a line:
 * a receipt's number is used whether it is valid or void. */
static char *
describe_numbers_used (HkDailyReportPage *self)
{
  HkReceiptStore *store = hk_context_get_receipt_store (self->context);
  g_autoptr(GPtrArray) receipts = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  const char *code = NULL;
  gint64 first_no = 0;
  gint64 last_no = 0;

  if (!(receipts = hk_receipt_store_list_day (store, self->clerk_id, self->day, NULL)))
    return g_strdup ("");

  /* The store lists them by invoice code, then number. */
  for (guint i = 0; i < receipts->len; i++)
    {
      HkReceipt *receipt = g_ptr_array_index (receipts, i);
      const char *receipt_code = hk_receipt_get_invoice_code (receipt);
      gint64 number = hk_receipt_get_number (receipt);

      if (code != NULL && g_strcmp0 (code, receipt_code) == 0 && number == last_no + 1)
        {
          last_no = number;
          continue;
        }

      if (code != NULL)
        append_run (text, code, first_no, last_no);
      code = receipt_code;
      first_no = last_no = number;
    }

  if (code != NULL)
    append_run (text, code, first_no, last_no);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
update_stubs (HkDailyReportPage *self)
{
  HkDailyReport *report = self->report;
  HkInvoiceBookStore *books = hk_context_get_invoice_book_store (self->context);
  g_autoptr(GPtrArray) gaps = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *used = describe_numbers_used (self);
  guint n_shown = 0;

  set_count (self->numbers_label, hk_daily_report_get_n_numbers_used (report));
  adw_action_row_set_subtitle (self->numbers_row, used);
  set_money (self->stub_total_label, hk_daily_report_get_stub_total (report));

  clear_rows (self->gaps_group, self->gap_rows);

  if (!(gaps = hk_invoice_book_store_find_gaps_of_day (books, self->day, self->clerk_id, &error)))
    {
      show_error (self, error->message);
      return;
    }

  for (guint i = 0; i < gaps->len; i++)
    {
      HkInvoiceGap *gap = g_ptr_array_index (gaps, i);
      g_autofree char *numbers = NULL;
      g_autofree char *accessible = NULL;
      GtkWidget *row;
      GtkWidget *button;

      /* The report counts the gaps that appeared on its day; earlier ones are on their days. */
      if (g_strcmp0 (gap->day, self->day) != 0)
        continue;

      numbers = format_numbers (gap->invoice_code, gap->number, gap->number);
      row = add_message_row (self->gaps_group, self->gap_rows, "dialog-warning-symbolic",
                             numbers, _("Neither used, voided nor checked back in"));
      gtk_widget_set_name (row, "gap");

      button = gtk_button_new_with_mnemonic (_("_Explain…"));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, _("Write why this number is missing"));
      /* Translators: the accessible name of a button, e.g. "Explain 1234567890 00000003" */
      accessible = g_strdup_printf (_("Explain %s"), numbers);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      accessible, -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "report.explain-gap");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "(xx)", gap->book_id,
                                        gap->number);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      n_shown++;
    }

  if (n_shown == 0)
    add_message_row (self->gaps_group, self->gap_rows, "emblem-ok-symbolic",
                     _("No number is missing"), NULL);

  if (hk_daily_report_get_stubs_agree (report))
    set_badge (self->stubs_badge, TRUE, _("Agrees"));
  else
    set_badge (self->stubs_badge, FALSE, _("Differs"));
}

/* Computes the report again; @fill_form also puts the stored check back into the form. */
static void
refresh (HkDailyReportPage *self,
         gboolean           fill)
{
  HkDailyReportStore *store = hk_context_get_daily_report_store (self->context);
  g_autoptr(HkDailyReport) report = NULL;
  g_autoptr(GError) error = NULL;

  self->dirty = FALSE;

  if (self->day == NULL)
    return;

  if (!(report = hk_daily_report_store_compute (store, self->clerk_id, self->day, &error)))
    {
      show_error (self, error->message);
      return;
    }

  g_set_object (&self->report, report);

  update_header (self);
  update_account (self);
  update_cash (self);
  update_stubs (self);

  /* A signature changes the form for good: read-only, with what was signed. */
  if (fill || is_signed (self))
    fill_form (self);

  gtk_widget_set_visible (GTK_WIDGET (self->declared_cash_row),
                          hk_daily_report_is_imported (report));
  gtk_widget_set_visible (GTK_WIDGET (self->note_group),
                          hk_daily_report_get_cash_difference (report) != 0);
  gtk_widget_set_visible (GTK_WIDGET (self->problems_group), !is_signed (self));
  gtk_widget_set_visible (GTK_WIDGET (self->sign_box), !is_signed (self));

  update_problems (self);
  update_actions (self);
}

static void
on_records_changed_cb (HkDailyReportPage *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh (self, FALSE);
  else
    self->dirty = TRUE;
}

static void
record_check_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  HkDailyReportPage *self = HK_DAILY_REPORT_PAGE (widget);
  HkDailyReportStore *store = hk_context_get_daily_report_store (self->context);
  g_autoptr(HkDailyReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *problem = NULL;
  HkDailyReportCheck check;

  if ((problem = find_form_problem (self, &check)) != NULL)
    {
      show_error (self, problem);
      return;
    }

  report = hk_daily_report_store_record_check (store, get_actor (self), self->clerk_id,
                                               self->day, &check, &error);
  if (report == NULL)
    {
      show_error (self, error->message);
      return;
    }

  /* No toast: the page shows at once what agrees and what does not, and a toast would hold
   * back the one that confirms the signature. */
  refresh (self, TRUE);
}

static void
on_sign_response_cb (AdwMessageDialog  *dialog,
                     const char        *response,
                     HkDailyReportPage *self)
{
  HkDailyReportStore *store = hk_context_get_daily_report_store (self->context);
  g_autoptr(HkDailyReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *note = NULL;

  if (g_strcmp0 (response, "sign") != 0)
    return;

  note = g_strstrip (g_strdup (row_text (self->note_row)));
  report = hk_daily_report_store_sign (store, get_actor (self), self->clerk_id, self->day,
                                       *note != '\0' ? note : NULL, &error);
  if (report == NULL)
    {
      show_error (self, error->message);
      return;
    }

  refresh (self, TRUE);
  message = g_strdup_printf (_("The daily report of %s for %s is signed"), self->clerk_name,
                             self->day);
  show_toast (self, message);
}

static void
sign_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HkDailyReportPage *self = HK_DAILY_REPORT_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;

  if (self->sign_problem != NULL)
    return;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Sign the Daily Report?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("Signing locks the day of %s, %s, for good: no receipt, "
                                    "void, shift or cash count of that day can change "
                                    "afterwards, by anyone, and a signature cannot be taken "
                                    "back. Later corrections go to a later day."),
                                  self->clerk_name, self->day);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "sign", _("_Sign and Lock"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "sign",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_sign_response_cb), self, 0);

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_reason_changed_cb (AdwMessageDialog *dialog,
                      GtkEditable      *entry)
{
  adw_message_dialog_set_response_enabled (dialog, "explain",
                                           !is_blank (gtk_editable_get_text (entry)));
}

static void
on_explain_response_cb (AdwMessageDialog  *dialog,
                        const char        *response,
                        HkDailyReportPage *self)
{
  GtkWidget *list = adw_message_dialog_get_extra_child (dialog);
  GtkEditable *entry = GTK_EDITABLE (gtk_widget_get_first_child (list));
  gint64 *gap = g_object_get_data (G_OBJECT (dialog), "gap");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "explain") != 0)
    return;

  if (!hk_invoice_book_store_explain_gap (hk_context_get_invoice_book_store (self->context),
                                          get_actor (self), gap[0], gap[1],
                                          gtk_editable_get_text (entry), &error))
    {
      show_error (self, error->message);
      return;
    }

  refresh (self, FALSE);
  show_toast (self, _("Explanation kept with the book"));
}

static void
explain_gap_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  HkDailyReportPage *self = HK_DAILY_REPORT_PAGE (widget);
  HkInvoiceBookStore *books = hk_context_get_invoice_book_store (self->context);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(HkInvoiceBook) book = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *numbers = NULL;
  gint64 book_id;
  gint64 number;
  gint64 *gap;
  GtkWidget *dialog;
  GtkWidget *list;
  GtkWidget *entry;

  g_variant_get (parameter, "(xx)", &book_id, &number);

  if (!(book = hk_invoice_book_store_lookup_by_id (books, book_id, &error)))
    {
      show_error (self, error->message);
      return;
    }

  numbers = format_numbers (hk_invoice_book_get_invoice_code (book), number, number);
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Explain the Missing Number?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("Write why the invoice %s of %s is missing, e.g. spoiled "
                                    "and destroyed, or lost and reported. The explanation is "
                                    "kept with the book for good, and the number no longer "
                                    "blocks signing."),
                                  numbers, self->clerk_name);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  entry = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), _("Reason"));
  gtk_list_box_append (GTK_LIST_BOX (list), entry);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "explain", _("_Explain"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "explain",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "explain");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "explain", FALSE);

  /* The book and the number the explanation is for. */
  gap = g_new (gint64, 2);
  gap[0] = book_id;
  gap[1] = number;
  g_object_set_data_full (G_OBJECT (dialog), "gap", gap, g_free);
  g_signal_connect_object (entry, "changed", G_CALLBACK (on_reason_changed_cb), dialog,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_explain_response_cb), self, 0);

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
hk_daily_report_page_map (GtkWidget *widget)
{
  HkDailyReportPage *self = HK_DAILY_REPORT_PAGE (widget);

  GTK_WIDGET_CLASS (hk_daily_report_page_parent_class)->map (widget);

  if (self->dirty)
    refresh (self, FALSE);
}

static void
hk_daily_report_page_constructed (GObject *object)
{
  HkDailyReportPage *self = (HkDailyReportPage *)object;

  G_OBJECT_CLASS (hk_daily_report_page_parent_class)->constructed (object);

  g_assert (self->context != NULL);

  build_figures (self);

  g_signal_connect_object (hk_context_get_daily_report_store (self->context), "changed",
                           G_CALLBACK (on_records_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (hk_context_get_receipt_store (self->context), "changed",
                           G_CALLBACK (on_records_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (hk_context_get_shift_store (self->context), "changed",
                           G_CALLBACK (on_records_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (hk_context_get_invoice_book_store (self->context), "changed",
                           G_CALLBACK (on_records_changed_cb), self, G_CONNECT_SWAPPED);

  update_actions (self);
}

static void
hk_daily_report_page_dispose (GObject *object)
{
  HkDailyReportPage *self = (HkDailyReportPage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), HK_TYPE_DAILY_REPORT_PAGE);
  g_clear_object (&self->report);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (hk_daily_report_page_parent_class)->dispose (object);
}

static void
hk_daily_report_page_finalize (GObject *object)
{
  HkDailyReportPage *self = (HkDailyReportPage *)object;

  g_clear_pointer (&self->day, g_free);
  g_clear_pointer (&self->clerk_name, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->form_problem, g_free);
  g_clear_pointer (&self->sign_problem, g_free);
  g_clear_pointer (&self->gap_rows, g_ptr_array_unref);
  g_clear_pointer (&self->problem_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (hk_daily_report_page_parent_class)->finalize (object);
}

static void
hk_daily_report_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  HkDailyReportPage *self = HK_DAILY_REPORT_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_daily_report_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  HkDailyReportPage *self = HK_DAILY_REPORT_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_daily_report_page_class_init (HkDailyReportPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hk_daily_report_page_constructed;
  object_class->dispose = hk_daily_report_page_dispose;
  object_class->finalize = hk_daily_report_page_finalize;
  object_class->get_property = hk_daily_report_page_get_property;
  object_class->set_property = hk_daily_report_page_set_property;

  widget_class->map = hk_daily_report_page_map;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, HK_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * HkDailyReportPage:title:
   *
   * The clerk and the day shown, e.g. "张丽 · 2024-03-14 Thu".
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hallkeeper/Hallkeeper/hk-daily-report-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HkDailyReportPage, accounting_copy_row);
  gtk_widget_class_bind_template_child (widget_class, HkDailyReportPage, account_group);
  gtk_widget_class_bind_template_child (widget_class, HkDailyReportPage, bank_amount_row);
  gtk_widget_class_bind_template_child (widget_class, HkDailyReportPage, bank_name_row);
  gtk_widget_class_bind_template_child (widget_class, HkDailyReportPage, cash_group);
  gtk_widget_class_bind_template_child (widget_class, HkDailyReportPage, check_group);
  gtk_widget_class_bind_template_child (widget_class, HkDailyReportPage, check_problem_label);
  gtk_widget_class_bind_template_child (widget_class, HkDailyReportPage, declared_cash_row);
  gtk_widget_class_bind_template_child (widget_class, HkDailyReportPage, gaps_group);
  gtk_widget_class_bind_template_child (widget_class, HkDailyReportPage, legs_box);
  gtk_widget_class_bind_template_child (widget_class, HkDailyReportPage, note_group);
  gtk_widget_class_bind_template_child (widget_class, HkDailyReportPage, note_row);
  gtk_widget_class_bind_template_child (widget_class, HkDailyReportPage, problems_group);
  gtk_widget_class_bind_template_child (widget_class, HkDailyReportPage, record_button);
  gtk_widget_class_bind_template_child (widget_class, HkDailyReportPage, sign_box);
  gtk_widget_class_bind_template_child (widget_class, HkDailyReportPage, sign_reason_label);
  gtk_widget_class_bind_template_child (widget_class, HkDailyReportPage, signed_group);
  gtk_widget_class_bind_template_child (widget_class, HkDailyReportPage, signed_row);
  gtk_widget_class_bind_template_child (widget_class, HkDailyReportPage, slip_date_row);
  gtk_widget_class_bind_template_child (widget_class, HkDailyReportPage, slip_no_row);
  gtk_widget_class_bind_template_child (widget_class, HkDailyReportPage, state_image);
  gtk_widget_class_bind_template_child (widget_class, HkDailyReportPage, state_label);
  gtk_widget_class_bind_template_child (widget_class, HkDailyReportPage, stubs_group);
  gtk_widget_class_bind_template_child (widget_class, HkDailyReportPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, HkDailyReportPage, title_label);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_note_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_actions);

  gtk_widget_class_install_action (widget_class, "report.record-check", NULL,
                                   record_check_action);
  gtk_widget_class_install_action (widget_class, "report.sign", NULL, sign_action);
  gtk_widget_class_install_action (widget_class, "report.explain-gap", "(xx)",
                                   explain_gap_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "report.record-check", NULL);
}

static void
hk_daily_report_page_init (HkDailyReportPage *self)
{
  self->gap_rows = g_ptr_array_new ();
  self->problem_rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
}

HkDailyReportPage *
hk_daily_report_page_new (HkContext *context)
{
  g_return_val_if_fail (HK_IS_CONTEXT (context), NULL);

  return g_object_new (HK_TYPE_DAILY_REPORT_PAGE, "context", context, NULL);
}

/* Shows the report of @clerk_id on @day, with what is stored of its check in the form. */
void
hk_daily_report_page_show (HkDailyReportPage *self,
                           gint64             clerk_id,
                           const char        *day)
{
  g_return_if_fail (HK_IS_DAILY_REPORT_PAGE (self));
  g_return_if_fail (day != NULL);

  self->clerk_id = clerk_id;
  g_free (self->day);
  self->day = g_strdup (day);
  g_free (self->clerk_name);
  self->clerk_name = dup_operator_name (self, clerk_id);

  set_entry (self->note_row, NULL);
  refresh (self, TRUE);
}

/**
 * hk_daily_report_page_get_report:
 *
 * Returns: (transfer none) (nullable): the report as last computed
 */
HkDailyReport *
hk_daily_report_page_get_report (HkDailyReportPage *self)
{
  g_return_val_if_fail (HK_IS_DAILY_REPORT_PAGE (self), NULL);

  return self->report;
}

const char *
hk_daily_report_page_get_title (HkDailyReportPage *self)
{
  g_return_val_if_fail (HK_IS_DAILY_REPORT_PAGE (self), NULL);

  return self->title;
}

/**
 * hk_daily_report_page_get_problem:
 *
 * Returns: (nullable): why the report cannot be signed now ("" once it is signed), or %NULL
 *   when Sign is enabled
 */
const char *
hk_daily_report_page_get_problem (HkDailyReportPage *self)
{
  g_return_val_if_fail (HK_IS_DAILY_REPORT_PAGE (self), NULL);

  return self->sign_problem;
}

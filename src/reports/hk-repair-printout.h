/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-repair-printout.h: the repair desk's printed forms: the intake slip the customer signs,
 * and the dispatch list that goes with a batch to the city company. */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "core/hk-context.h"
#include "core/hk-repair-types.h"
#include "hk-report.h"

G_BEGIN_DECLS

#define HK_REPAIR_A4_SHORT_PT (210.0 / 25.4 * 72.0)
#define HK_REPAIR_A4_LONG_PT  (297.0 / 25.4 * 72.0)

/* What the intake slip prints (an A4 page, portrait). It never holds the customer's full phone
 * number: a slip can be lost, and the last four digits are enough to recognise it. */
typedef struct
{
  char                *hall_name;
  char                *hall_code;
  char                *ticket_no;
  GDateTime           *received_at;      /* in the hall's time zone */
  char                *received_by_name;
  char                *technician_name;
  char                *customer_name;
  char                *masked_phone;
  char                *brand;
  char                *model;
  char                *imei;
  HkRepairAccessories  accessories;
  HkRepairConditions   conditions;
  char                *condition_note;
  char                *fault;
  HkRepairWarranty     warranty;
  char                *warranty_proof;
  gint64               estimated_fee;
  gint64               deposit;
  char                *promised_day;
} HkRepairSlip;

HkRepairSlip *hk_repair_slip_new                   (void);
HkRepairSlip *hk_repair_slip_new_from_store        (HkContext           *context,
                                                    gint64               ticket_id,
                                                    GError             **error);
void          hk_repair_slip_free                  (HkRepairSlip        *slip);
const char   *hk_repair_slip_get_terms             (void);
gboolean      hk_repair_slip_draw                  (cairo_t             *cr,
                                                    double               width,
                                                    double               height,
                                                    const HkRepairSlip  *slip,
                                                    GError             **error);
gboolean      hk_repair_slip_save_pdf              (const HkRepairSlip  *slip,
                                                    const char          *path,
                                                    GError             **error);
gboolean      hk_repair_slip_save_png              (const HkRepairSlip  *slip,
                                                    const char          *path,
                                                    GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HkRepairSlip, hk_repair_slip_free)

/* The dispatch list prints the report of hk_repair_dispatch_report_build() on A4 pages,
 * landscape, the table continued on as many pages as it needs, with the signatures of the
 * hall, the courier and the city company at the end. */
guint         hk_repair_dispatch_list_get_n_pages  (HkReport            *report);
gboolean      hk_repair_dispatch_list_draw         (cairo_t             *cr,
                                                    double               width,
                                                    double               height,
                                                    HkReport            *report,
                                                    guint                page,
                                                    GError             **error);
gboolean      hk_repair_dispatch_list_save_pdf     (HkReport            *report,
                                                    const char          *path,
                                                    GError             **error);
gboolean      hk_repair_dispatch_list_save_png     (HkReport            *report,
                                                    guint                page,
                                                    const char          *path,
                                                    GError             **error);

G_END_DECLS

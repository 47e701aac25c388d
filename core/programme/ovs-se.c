/* ovs-se.c — SE reports over a period: the report object and the figures per employee. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "overstap/base/ovs-date.h"
#include "overstap/programme/ovs-se.h"
#include "overstap/base/ovs-validate.h"
#include "programme/ovs-se-private.h"
#include "store/ovs-store-private.h"

struct _OvsSeReport
{
  GObject     parent_instance;

  char       *start;
  char       *end;
  OvsSeTotals totals;
};

G_DEFINE_FINAL_TYPE (OvsSeReport, ovs_se_report, G_TYPE_OBJECT)

enum { PROP_0, PROP_START, PROP_END, PROP_TOTAL, N_PROPS };
static GParamSpec *properties[N_PROPS];

static const char *breakdown_names[OVS_SE_N_BREAKDOWNS] = {
  "by_employer", "by_home_municipality", "by_placement_type", "by_covenant", "by_work_organisation",
};

static void
ovs_se_report_finalize (GObject *object)
{
  OvsSeReport *self = OVS_SE_REPORT (object);

  g_clear_pointer (&self->start, g_free);
  g_clear_pointer (&self->end, g_free);
  ovs_se_totals_clear (&self->totals);
  G_OBJECT_CLASS (ovs_se_report_parent_class)->finalize (object);
}

static void
ovs_se_report_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  OvsSeReport *self = OVS_SE_REPORT (object);

  switch (prop_id)
    {
    case PROP_START: g_value_set_string (value, self->start); break;
    case PROP_END: g_value_set_string (value, self->end); break;
    case PROP_TOTAL: g_value_set_double (value, self->totals.total); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ovs_se_report_class_init (OvsSeReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ovs_se_report_finalize;
  object_class->get_property = ovs_se_report_get_property;

  properties[PROP_START] = g_param_spec_string ("start", NULL, NULL, NULL,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_END] = g_param_spec_string ("end", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TOTAL] = g_param_spec_double ("total", NULL, NULL, 0, G_MAXDOUBLE, 0,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ovs_se_report_init (OvsSeReport *self)
{
}

static gboolean
parse_period (const char *start, const char *end, int *a, int *b, GError **error)
{
  *a = ovs_se_iso_to_day (start);
  *b = ovs_se_iso_to_day (end);
  if (*a == 0 || *b == 0)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_DATE,
                   _("The period %s to %s is not made of two dates"), start ? start : "", end ? end : "");
      return FALSE;
    }
  if (*b < *a)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DATE_ORDER,
                   _("The period ends (%s) before it starts (%s)"), end, start);
      return FALSE;
    }
  return TRUE;
}

OvsSeReport *
ovs_se_report_new_period (OvsStore *store, const char *start, const char *end, GError **error)
{
  g_autoptr(OvsSeReport) self = NULL;
  int a, b;

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);

  if (!ovs_store_require (store, OVS_PERM_VIEW_HR_SECTIONS, error) || !parse_period (start, end, &a, &b, error))
    return NULL;
  self = g_object_new (OVS_TYPE_SE_REPORT, NULL);
  self->start = g_strdup (start);
  self->end = g_strdup (end);
  if (!ovs_se_compute (store, a, b, 0, &self->totals, error))
    return NULL;
  return g_steal_pointer (&self);
}

static gboolean
check_year (int year, GError **error)
{
  if (year >= 1900 && year <= 2200)
    return TRUE;
  g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE,
               _("Year %d is outside 1900 to 2200"), year);
  return FALSE;
}

OvsSeReport *
ovs_se_report_new_year (OvsStore *store, int year, GError **error)
{
  g_autofree char *start = g_strdup_printf ("%04d-01-01", year);
  g_autofree char *end = g_strdup_printf ("%04d-12-31", year);

  if (!check_year (year, error))
    return NULL;
  return ovs_se_report_new_period (store, start, end, error);
}

OvsSeReport *
ovs_se_report_new_month (OvsStore *store, int year, int month, GError **error)
{
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  if (!check_year (year, error))
    return NULL;
  if (month < 1 || month > 12)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE,
                   _("Month %d is outside 1 to 12"), month);
      return NULL;
    }
  start = g_strdup_printf ("%04d-%02d-01", year, month);
  end = g_strdup_printf ("%04d-%02d-%02d", year, month, g_date_get_days_in_month ((GDateMonth) month,
                                                                                   (GDateYear) year));
  return ovs_se_report_new_period (store, start, end, error);
}

static OvsSeReport *
report_for (int start, int end, OvsSeTotals *totals)
{
  OvsSeReport *self = g_object_new (OVS_TYPE_SE_REPORT, NULL);
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, (guint32) start);
  self->start = ovs_date_to_iso (&date);
  g_date_set_julian (&date, (guint32) end);
  self->end = ovs_date_to_iso (&date);
  self->totals = *totals;
  memset (totals, 0, sizeof *totals);
  return self;
}

static gboolean
check_months (int year, int up_to_month, const char *through, int *end, GError **error)
{
  g_autofree char *year_start = g_strdup_printf ("%04d-01-01", year);
  int start;

  if (!check_year (year, error))
    return FALSE;
  if (up_to_month < 1 || up_to_month > 12)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE,
                   _("Month %d is outside 1 to 12"), up_to_month);
      return FALSE;
    }
  if (through == NULL)
    return TRUE;
  if (!parse_period (year_start, through, &start, end, error))
    return FALSE;
  if (*end - start >= (g_date_is_leap_year ((GDateYear) year) ? 366 : 365))
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE,
                   _("The date %s is not in %d"), through, year);
      return FALSE;
    }
  return TRUE;
}

gboolean
ovs_se_report_months (OvsStore *store, int year, int up_to_month, const char *through,
                      OvsSeReport *months_out[12], OvsSeReport **so_far_out, GError **error)
{
  int starts[13], ends[13], so_far_end = 0;
  OvsSeTotals totals[13] = { { 0 } };
  guint n = 0;
  GDate date;

  g_return_val_if_fail (OVS_IS_STORE (store), FALSE);
  g_return_val_if_fail (months_out != NULL, FALSE);

  for (guint m = 0; m < 12; m++)
    months_out[m] = NULL;
  if (so_far_out != NULL)
    *so_far_out = NULL;
  if (!ovs_store_require (store, OVS_PERM_VIEW_HR_SECTIONS, error) ||
      !check_months (year, up_to_month, through, &so_far_end, error))
    return FALSE;
  g_date_clear (&date, 1);
  for (int month = 1; month <= up_to_month; month++, n++)
    {
      g_date_set_dmy (&date, 1, (GDateMonth) month, (GDateYear) year);
      starts[n] = (int) g_date_get_julian (&date);
      ends[n] = starts[n] + g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year) - 1;
    }
  if (so_far_out != NULL)
    {
      starts[n] = starts[0];
      ends[n] = through != NULL ? so_far_end : ends[n - 1];
      n++;
    }
  if (!ovs_se_compute_periods (store, n, starts, ends, 0, totals, error))
    {
      for (guint i = 0; i < n; i++)
        ovs_se_totals_clear (&totals[i]);
      return FALSE;
    }
  for (int m = 0; m < up_to_month; m++)
    months_out[m] = report_for (starts[m], ends[m], &totals[m]);
  if (so_far_out != NULL)
    *so_far_out = report_for (starts[n - 1], ends[n - 1], &totals[n - 1]);
  return TRUE;
}

const char *
ovs_se_report_get_start (OvsSeReport *self)
{
  g_return_val_if_fail (OVS_IS_SE_REPORT (self), NULL);
  return self->start;
}

const char *
ovs_se_report_get_end (OvsSeReport *self)
{
  g_return_val_if_fail (OVS_IS_SE_REPORT (self), NULL);
  return self->end;
}

double
ovs_se_report_get_total (OvsSeReport *self)
{
  g_return_val_if_fail (OVS_IS_SE_REPORT (self), 0);
  return self->totals.total;
}

static double
lookup (GHashTable *table, const char *key)
{
  double *value = key ? g_hash_table_lookup (table, key) : NULL;

  return value ? *value : 0;
}

double
ovs_se_report_get (OvsSeReport *self, OvsSeBreakdown breakdown, const char *key)
{
  g_return_val_if_fail (OVS_IS_SE_REPORT (self), 0);
  g_return_val_if_fail (breakdown < OVS_SE_N_BREAKDOWNS, 0);
  return lookup (self->totals.by[breakdown], key);
}

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return g_utf8_collate (*(char **) a, *(char **) b);
}

char **
ovs_se_report_get_keys (OvsSeReport *self, OvsSeBreakdown breakdown)
{
  guint n = 0;
  char **keys;

  g_return_val_if_fail (OVS_IS_SE_REPORT (self), NULL);
  g_return_val_if_fail (breakdown < OVS_SE_N_BREAKDOWNS, NULL);
  keys = (char **) g_hash_table_get_keys_as_array (self->totals.by[breakdown], &n);
  qsort (keys, n, sizeof (char *), compare_strings);
  for (guint i = 0; i < n; i++)
    keys[i] = g_strdup (keys[i]);
  return keys;
}

double
ovs_se_report_get_covenant_hours (OvsSeReport *self, const char *covenant)
{
  g_return_val_if_fail (OVS_IS_SE_REPORT (self), 0);
  return lookup (self->totals.covenant_hours, covenant);
}

guint
ovs_se_report_get_covenant_persons (OvsSeReport *self, const char *covenant)
{
  g_return_val_if_fail (OVS_IS_SE_REPORT (self), 0);
  return (guint) lookup (self->totals.covenant_persons, covenant);
}

JsonObject *
ovs_se_report_to_json (OvsSeReport *self)
{
  JsonObject *object = json_object_new ();

  g_return_val_if_fail (OVS_IS_SE_REPORT (self), NULL);
  json_object_set_double_member (object, "total", self->totals.total);
  for (guint i = 0; i < OVS_SE_N_BREAKDOWNS; i++)
    {
      g_auto(GStrv) keys = ovs_se_report_get_keys (self, i);
      JsonObject *by = json_object_new ();

      for (guint k = 0; keys[k] != NULL; k++)
        json_object_set_double_member (by, keys[k], lookup (self->totals.by[i], keys[k]));
      json_object_set_object_member (object, breakdown_names[i], by);
    }
  return object;
}

gboolean
ovs_se_employee (OvsStore *store, gint64 employee_id, const char *start, const char *end, double *se,
                 GError **error)
{
  OvsSeTotals totals = { 0 };
  int a, b;

  g_return_val_if_fail (OVS_IS_STORE (store), FALSE);
  g_return_val_if_fail (employee_id > 0 && se != NULL, FALSE);

  if (!ovs_store_require (store, OVS_PERM_VIEW_HR_SECTIONS, error) || !parse_period (start, end, &a, &b, error))
    return FALSE;
  if (!ovs_se_compute (store, a, b, employee_id, &totals, error))
    return FALSE;
  *se = totals.total;
  ovs_se_totals_clear (&totals);
  return TRUE;
}

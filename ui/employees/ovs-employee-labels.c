/* ovs-employee-labels.c — words and numbers for the employee section. */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include <overstap/overstap.h>

#include "employees/ovs-employee-labels.h"

static const char * const status_codes[] = { "active", "sick", "on_leave", "absent", "ended", NULL };
static const char * const transfer_codes[] = {
  "candidate", "interviewed", "offered", "signed", "transferred", "stays", "declined", NULL
};

const char *
ovs_employee_status_label (const char *status)
{
  if (status == NULL || *status == '\0')
    return "";
  if (g_str_equal (status, "active"))
    return _("Active");
  if (g_str_equal (status, "sick"))
    return _("Sick");
  if (g_str_equal (status, "on_leave"))
    return _("On leave");
  if (g_str_equal (status, "ended"))
    return _("Left");
  /* Roles without health data see sickness and leave alike as "absent". */
  if (g_str_equal (status, "absent"))
    return _("Absent");
  return status;
}

const char *
ovs_employee_transfer_label (const char *status)
{
  /* Short words for a narrow column; the core's labels are for sentences. */
  if (status == NULL || *status == '\0')
    return "";
  if (g_str_equal (status, "candidate"))
    return _("Candidate");
  if (g_str_equal (status, "interviewed"))
    return _("Interviewed");
  if (g_str_equal (status, "offered"))
    return _("Offer made");
  if (g_str_equal (status, "signed"))
    return _("Signed");
  if (g_str_equal (status, "transferred"))
    return _("Transferred");
  if (g_str_equal (status, "stays"))
    return _("Stays at SW company");
  if (g_str_equal (status, "declined"))
    return _("Declined");
  return ovs_transfer_status_label (status);
}

const char *
ovs_employee_category_label (const char *category)
{
  if (g_strcmp0 (category, "matig") == 0)
    return _("Moderate (matig)");
  if (g_strcmp0 (category, "ernstig") == 0)
    return _("Severe (ernstig)");
  return category ? category : "";
}

char *
ovs_employee_format_hours (double hours)
{
  g_autofree char *text = g_strdup_printf ("%.2f", hours);
  char *end = text + strlen (text) - 1;

  /* Trim "32,50" to "32,5" and "32,00" to "32"; the separator is whatever the locale printed. */
  while (end > text && *end == '0')
    *end-- = '\0';
  if (end > text && !g_ascii_isdigit (*end))
    *end = '\0';
  return g_steal_pointer (&text);
}

const char * const *
ovs_employee_status_codes (void)
{
  return status_codes;
}

const char * const *
ovs_employee_transfer_codes (void)
{
  return transfer_codes;
}

/* ovs-vocab-rules.c — the questions the rules ask of the code lists: which absences are health data,
 * what a role without health data sees, the transfer status ladder, which licence covers which.
 * Written once here, so that core, the window and the CLI cannot answer them differently. */
#include "config.h"

#include "overstap/vocab/ovs-vocab.h"

#define CODE(type, value) ovs_vocab_code ((type), (value))

gboolean
ovs_absence_kind_is_health (const char *kind)
{
  return ovs_vocab_is (OVS_TYPE_ABSENCE_KIND, kind, OVS_ABSENCE_KIND_SICKNESS) ||
         ovs_vocab_is (OVS_TYPE_ABSENCE_KIND, kind, OVS_ABSENCE_KIND_MEDICAL);
}

const char *
ovs_absence_kind_shown (const char *kind, gboolean can_view_health)
{
  if (!can_view_health && ovs_absence_kind_is_health (kind))
    return CODE (OVS_TYPE_ABSENCE_KIND, OVS_ABSENCE_KIND_ABSENT);
  return kind;
}

/* On leave is shown as absent too: with sickness hidden, "on leave" next to "absent" would tell who is
 * sick by elimination. */
const char *
ovs_employee_status_shown (const char *status, gboolean can_view_health)
{
  if (!can_view_health && (ovs_vocab_is (OVS_TYPE_EMPLOYEE_STATUS, status, OVS_EMPLOYEE_STATUS_SICK) ||
                           ovs_vocab_is (OVS_TYPE_EMPLOYEE_STATUS, status, OVS_EMPLOYEE_STATUS_ON_LEAVE)))
    return CODE (OVS_TYPE_EMPLOYEE_STATUS, OVS_EMPLOYEE_STATUS_ABSENT);
  return status;
}

gboolean
ovs_transfer_status_is_closed (const char *status)
{
  return ovs_vocab_is (OVS_TYPE_TRANSFER_STATUS, status, OVS_TRANSFER_STATUS_TRANSFERRED) ||
         ovs_vocab_is (OVS_TYPE_TRANSFER_STATUS, status, OVS_TRANSFER_STATUS_STAYS) ||
         ovs_vocab_is (OVS_TYPE_TRANSFER_STATUS, status, OVS_TRANSFER_STATUS_DECLINED);
}

/* The enum's order is the ladder's: candidate … transferred, then the two other endings. */
int
ovs_transfer_status_rank (const char *status)
{
  int value;

  return ovs_vocab_lookup (OVS_TYPE_TRANSFER_STATUS, status, &value) ? value : G_MAXINT;
}

const char *
ovs_transfer_status_next (const char *status)
{
  int value;

  if (!ovs_vocab_lookup (OVS_TYPE_TRANSFER_STATUS, status, &value) || value >= OVS_TRANSFER_STATUS_TRANSFERRED)
    return NULL;
  return CODE (OVS_TYPE_TRANSFER_STATUS, value + 1);
}

gboolean
ovs_transfer_status_allows (const char *from, const char *to)
{
  int target;

  if (ovs_transfer_status_is_closed (from) || ovs_transfer_status_rank (from) == G_MAXINT ||
      !ovs_vocab_lookup (OVS_TYPE_TRANSFER_STATUS, to, &target))
    return FALSE;
  return target == OVS_TRANSFER_STATUS_STAYS || target == OVS_TRANSFER_STATUS_DECLINED ||
         g_strcmp0 (ovs_transfer_status_next (from), to) == 0;
}

const char **
ovs_transfer_status_next_allowed (const char *from)
{
  const char * const *codes = ovs_vocab_codes (OVS_TYPE_TRANSFER_STATUS);
  GPtrArray *allowed = g_ptr_array_new ();

  for (guint i = 0; codes[i] != NULL; i++)
    if (ovs_transfer_status_allows (from, codes[i]))
      g_ptr_array_add (allowed, (gpointer) codes[i]);
  g_ptr_array_add (allowed, NULL);
  return (const char **) g_ptr_array_free (allowed, FALSE);
}

gboolean
ovs_qualification_covers (const char *held, const char *required)
{
  if (g_strcmp0 (held, required) == 0)
    return held != NULL;
  return ovs_vocab_is (OVS_TYPE_QUALIFICATION_KIND, required, OVS_QUALIFICATION_KIND_LICENCE_B) &&
         (ovs_vocab_is (OVS_TYPE_QUALIFICATION_KIND, held, OVS_QUALIFICATION_KIND_LICENCE_BE) ||
          ovs_vocab_is (OVS_TYPE_QUALIFICATION_KIND, held, OVS_QUALIFICATION_KIND_LICENCE_C));
}

/* ovs-validate.c — field rules shared by the importer, the CLI and the app's forms. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "overstap/base/ovs-validate.h"
#include "overstap/vocab/ovs-vocab.h"

G_DEFINE_QUARK (ovs-validation-error-quark, ovs_validation_error)

static const char *reasons[] = {
  "required", "invalid_date", "invalid_bsn", "invalid_number", "out_of_range", "not_eligible",
  "invalid_category", "unknown_organisation", "unknown_crew", "unknown_employee", "duplicate",
  "invalid_value", "date_order", "hours_above_contract", "intake_stop",
};

const char *
ovs_validation_reason (OvsValidationError code)
{
  g_return_val_if_fail ((guint) code < G_N_ELEMENTS (reasons), "invalid_value");
  return reasons[code];
}

/* Keeps the digits; returns NULL when anything but digits and the usual separators is present. */
static char *
bsn_digits (const char *text)
{
  GString *digits = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_c (digits, *p);
      else if (*p != ' ' && *p != '.' && *p != '-')
        return (g_string_free (digits, TRUE), NULL);
    }
  return g_string_free (digits, FALSE);
}

gboolean
ovs_bsn_validate (const char *text, char **normalized, GError **error)
{
  g_autofree char *digits = bsn_digits (text ? text : "");
  int sum = 0;

  if (digits != NULL && strlen (digits) == 8)
    {
      char *nine = g_strconcat ("0", digits, NULL);

      g_free (digits);
      digits = nine;
    }
  if (digits == NULL || strlen (digits) != 9)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_BSN,
                   _("%s is not a BSN: a BSN has 9 digits"), text ? text : "");
      return FALSE;
    }
  /* Elfproef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 must be a multiple of 11 (and not 0). */
  for (int i = 0; i < 8; i++)
    sum += (9 - i) * (digits[i] - '0');
  sum -= digits[8] - '0';
  if (sum == 0 || sum % 11 != 0)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_BSN,
                   _("%s does not pass the elfproef"), text);
      return FALSE;
    }
  if (normalized != NULL)
    *normalized = g_steal_pointer (&digits);
  return TRUE;
}

char *
ovs_bsn_mask (const char *bsn)
{
  gsize len = bsn ? strlen (bsn) : 0;

  if (len == 0)
    return g_strdup ("");
  if (len <= 4)
    return g_strdup ("****");
  return g_strconcat ("*****", bsn + len - 4, NULL);
}

gboolean
ovs_parse_decimal (const char *text, double *out, GError **error)
{
  g_autofree char *copy = g_strstrip (g_strdup (text ? text : ""));
  char *end = NULL;
  double value;

  g_strdelimit (copy, ",", '.');
  if (*copy == '\0' || strchr (copy, '.') != strrchr (copy, '.'))
    goto invalid;
  value = g_ascii_strtod (copy, &end);
  if (end == copy || *end != '\0' || !isfinite (value))
    goto invalid;
  *out = value;
  return TRUE;

invalid:
  g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_NUMBER,
               _("“%s” is not a number"), text ? text : "");
  return FALSE;
}

gboolean
ovs_parse_int (const char *text, gint64 *out, GError **error)
{
  g_autofree char *copy = g_strstrip (g_strdup (text ? text : ""));
  guint64 value;

  if (!g_ascii_string_to_unsigned (copy, 10, 0, G_MAXINT32, &value, NULL))
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_NUMBER,
                   _("“%s” is not a whole number"), text ? text : "");
      return FALSE;
    }
  *out = (gint64) value;
  return TRUE;
}

gboolean
ovs_parse_contract_hours (const char *text, int *minutes, GError **error)
{
  double hours;

  if (!ovs_parse_decimal (text, &hours, error))
    return FALSE;
  if (hours <= 0 || hours > 40)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE,
                   _("%s hours per week is outside 0 to 40"), text);
      return FALSE;
    }
  *minutes = (int) (hours * 60 + 0.5);
  return TRUE;
}

gboolean
ovs_parse_category (const char *text, const char **category, GError **error)
{
  g_autofree char *copy = g_strstrip (g_ascii_strdown (text ? text : "", -1));
  const char *code = ovs_vocab_parse_code (OVS_TYPE_INDICATION_CATEGORY, copy);

  if (code != NULL)
    {
      *category = code;
      return TRUE;
    }
  /* Licht is a category of the indication too, but one that gives no right to the Wsw. */
  if (g_str_equal (copy, "licht"))
    g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_NOT_ELIGIBLE,
                 _("indication “licht” means not eligible for the Wsw"));
  else
    {
      g_autofree char *categories = ovs_vocab_codes_joined (OVS_TYPE_INDICATION_CATEGORY, NULL);

      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_CATEGORY,
                   _("“%s” is not an indication category (%s)"), text ? text : "", categories);
    }
  return FALSE;
}

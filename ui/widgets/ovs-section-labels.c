/* ovs-section-labels.c — the words and amounts of the HR and programme sections. */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <overstap/overstap.h>

#include "widgets/ovs-format.h"
#include "widgets/ovs-section-labels.h"

typedef struct
{
  const char *code;
  const char *label;
} CodeLabel;

static const char *
lookup (const CodeLabel *labels, gsize n, const char *context, const char *code)
{
  for (gsize i = 0; code != NULL && i < n; i++)
    if (g_str_equal (code, labels[i].code))
      return g_dpgettext2 (GETTEXT_PACKAGE, context, labels[i].label);
  return code != NULL ? code : "";
}

#define LOOKUP(labels, context, code) lookup ((labels), G_N_ELEMENTS (labels), (context), (code))

/* The Dutch words of the placement kinds are terms of the Wsw; keep them lower case, as in a sentence. */
static const CodeLabel placement_kinds[] = {
  { "sheltered_work", NC_("placement kind", "sheltered work") },
  { "group_secondment", NC_("placement kind", "group secondment") },
  { "individual_secondment", NC_("placement kind", "individual secondment") },
  { "supported_employment", NC_("placement kind", "supported employment") },
};

const char *
ovs_placement_kind_label (const char *kind)
{
  return LOOKUP (placement_kinds, "placement kind", kind);
}

const char * const *
ovs_placement_kind_codes (void)
{
  static const char * const codes[] = {
    "sheltered_work", "group_secondment", "individual_secondment", "supported_employment", NULL
  };
  return codes;
}

static const CodeLabel crew_roles[] = {
  { "member", NC_("crew role", "member") },
  { "team_leader", NC_("crew role", "team leader") },
  { "stand_in", NC_("crew role", "stand-in") },
};

const char *
ovs_crew_role_label (const char *role)
{
  return LOOKUP (crew_roles, "crew role", role);
}

const char * const *
ovs_crew_role_codes (void)
{
  static const char * const codes[] = { "member", "team_leader", "stand_in", NULL };
  return codes;
}

static const CodeLabel destinations[] = {
  { "foundation", NC_("transfer destination", "municipal foundation") },
  { "covenant", NC_("transfer destination", "stays under a covenant") },
  { "other", NC_("transfer destination", "other") },
};

const char *
ovs_transfer_destination_label (const char *destination)
{
  return LOOKUP (destinations, "transfer destination", destination);
}

const char * const *
ovs_transfer_status_codes (void)
{
  static const char * const codes[] = {
    "candidate", "interviewed", "offered", "signed", "transferred", "stays", "declined", NULL
  };
  return codes;
}

static const CodeLabel covenant_statuses[] = {
  { "draft", NC_("covenant status", "draft") },
  { "active", NC_("covenant status", "active") },
  { "ended", NC_("covenant status", "ended") },
};

const char *
ovs_covenant_status_label (const char *status)
{
  return LOOKUP (covenant_statuses, "covenant status", status);
}

static const CodeLabel price_units[] = {
  { "se", NC_("price unit", "per SE") },
  { "hour", NC_("price unit", "per hour") },
  { "person", NC_("price unit", "per person") },
};

const char *
ovs_price_unit_label (const char *unit)
{
  return LOOKUP (price_units, "price unit", unit);
}

static const CodeLabel agreement_statuses[] = {
  { "open", NC_("agreement status", "open") },
  { "in_progress", NC_("agreement status", "in progress") },
  { "done", NC_("agreement status", "done") },
  { "dropped", NC_("agreement status", "dropped") },
};

const char *
ovs_agreement_status_label (const char *status)
{
  return LOOKUP (agreement_statuses, "agreement status", status);
}

static const CodeLabel milestone_statuses[] = {
  { "planned", NC_("milestone status", "planned") },
  { "in_progress", NC_("milestone status", "in progress") },
  { "done", NC_("milestone status", "done") },
  { "dropped", NC_("milestone status", "dropped") },
};

const char *
ovs_milestone_status_label (const char *status)
{
  return LOOKUP (milestone_statuses, "milestone status", status);
}

const char * const *
ovs_milestone_status_codes (void)
{
  static const char * const codes[] = { "planned", "in_progress", "done", "dropped", NULL };
  return codes;
}

char *
ovs_format_euro_cents (gint64 cents)
{
  g_autofree char *amount = NULL;

  if (cents < 0)
    return g_strdup ("");
  amount = ovs_format_decimal (cents / 100.0, 2);
  /* The same message as the whole euros of ovs_format_money(): "€ " before the amount. */
  return g_strdup_printf (_("€ %s"), amount);
}

char *
ovs_format_minutes_as_hours (int minutes)
{
  if (minutes < 0)
    return g_strdup ("");
  if (minutes % 60 == 0)
    return ovs_format_int (minutes / 60);
  if (minutes % 30 == 0)
    return ovs_format_decimal (minutes / 60.0, 1);
  return ovs_format_decimal (minutes / 60.0, 2);
}

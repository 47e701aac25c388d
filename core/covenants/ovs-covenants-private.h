/* ovs-covenants-private.h — a covenant row as the covenant modules share it. Not installed. */
#pragma once

#include "overstap/covenants/ovs-covenants.h"
#include "transfers/ovs-transfers-private.h"

G_BEGIN_DECLS

typedef struct
{
  gint64  id;
  char   *name;
  gint64  party_id;
  char   *party;
  char   *start_date;
  char   *end_date;
  char   *status;
  gint64  price_cents;
  char   *price_unit;
  double  indexation_pct;
  gint64  budget_cents;
  double  target_se;
  char   *legal_basis;
  char   *grant_kept_by;
  char   *notes;
  char   *kind;
  char   *grant_holder;
  gboolean has_places_offered, has_people_placed, has_social_return;
  gint64  places_offered, people_placed, social_return_cents;
} OvsCovenantRow;

void      ovs_covenant_row_clear (OvsCovenantRow *row);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (OvsCovenantRow, ovs_covenant_row_clear)

/* Loads the covenant called @name (case-insensitive), or fails with OVS_STORE_ERROR_NOT_FOUND. */
gboolean  ovs_covenants_load     (OvsStore       *store,
                                  const char     *name,
                                  OvsCovenantRow *out,
                                  GError        **error);

G_END_DECLS

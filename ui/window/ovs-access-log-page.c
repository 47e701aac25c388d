/* ovs-access-log-page.c — who read whose health data, newest first (core's access_log). The page shows
 * the newest rows; `overstap-cli audit access` lists them all. */
#include "config.h"

#include <glib/gi18n.h>

#include "overstap/base/ovs-format.h"
#include "window/ovs-access-log-page.h"

/* The most rows the page shows. */
#define SHOWN_ROWS 200

/* The stored words of what was read and through what, in the user's language. */
static const char *
word_label (const char *word)
{
  static const struct { const char *word, *label; } words[] = {
    { "indication", N_("indication") }, { "wage_value", N_("wage value") }, { "sickness", N_("sickness") },
    { "advice", N_("UWV advice") }, { "employee show", N_("employee shown") },
    { "indications", N_("indications listed") }, { "wage values", N_("wage values listed") },
    { "export", N_("export") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_equal (word, words[i].word))
      return _(words[i].label);
  return word;
}

static char *
what_text (const char *what)
{
  g_auto(GStrv) words = g_strsplit (what ? what : "", ",", -1);
  GString *text = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? ", " : "", word_label (words[i]));
  return g_string_free (text, FALSE);
}

static GtkWidget *
access_row (JsonObject *row)
{
  GtkWidget *action_row = adw_action_row_new ();
  const char *number = json_object_get_string_member_with_default (row, "personnel_number", NULL);
  g_autofree char *many = g_strdup_printf (_("%lld employees"), (long long) json_object_get_int_member (row, "n_employees"));
  g_autofree char *what = what_text (json_object_get_string_member (row, "what"));
  g_autofree char *day = g_strndup (json_object_get_string_member (row, "at"), 10);
  g_autofree char *date = ovs_format_date (day);
  g_autofree char *title = g_strdup_printf ("%s · %s", json_object_get_string_member (row, "user_name"),
                                            number ? number : many);
  /* Translators: what was read, through what, and the day, e.g. "indication · employee shown · 04-12-2026". */
  g_autofree char *subtitle = g_strdup_printf (_("%s · %s · %s"), what,
                                               word_label (json_object_get_string_member (row, "channel")), date);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (action_row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (action_row), subtitle);
  return action_row;
}

AdwPreferencesPage *
ovs_access_log_page_new (OvsStore *store)
{
  g_autoptr(JsonArray) rows = NULL;
  AdwPreferencesPage *page;
  AdwPreferencesGroup *group;
  guint n;

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);

  if (!ovs_store_can (store, OVS_PERM_VIEW_ACCESS_LOG) || (rows = ovs_store_list_access (store, 0, NULL)) == NULL)
    return NULL;
  page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  adw_preferences_page_set_title (page, _("Access log"));
  adw_preferences_page_set_icon_name (page, "document-open-recent-symbolic");
  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (group, _("Who read health data"));
  adw_preferences_group_set_description (group, _("Each read of an indication, wage value or sickness, newest "
                                                  "first. “overstap-cli audit access” lists them all."));
  n = MIN (json_array_get_length (rows), SHOWN_ROWS);
  for (guint i = 0; i < n; i++)
    adw_preferences_group_add (group, access_row (json_array_get_object_element (rows, i)));
  if (n == 0)
    {
      GtkWidget *empty = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (empty), _("Nobody has read health data yet"));
      adw_preferences_group_add (group, empty);
    }
  adw_preferences_page_add (page, group);
  return page;
}

/* ovs-crew-forms.c — the forms for a crew and its patterns (see ovs-crew-forms.h). The fields are
 * checked as the user leaves them with the core's own parsers; the whole change is the core's one
 * transaction, whose refusal shows in the form. */
#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "crews/ovs-crew-forms.h"
#include "widgets/ovs-form-dialog.h"
#include "widgets/ovs-section-util.h"
#include "widgets/ovs-undo-toast.h"

/* The weekdays as Dutch users write them, in the order of the stored codes. */
static const char *dutch_days[] = { N_("mo"), N_("tu"), N_("we"), N_("th"), N_("fr"), N_("sa"), N_("su") };
static const char *day_codes[] = { "MO", "TU", "WE", "TH", "FR", "SA", "SU" };

/* "ma, di,wo" (or "MO,TU,WE") -> "MO,TU,WE"; NULL with an error naming the unknown day. */
static char *
days_to_codes (const char *text, GError **error)
{
  g_auto(GStrv) parts = g_strsplit_set (text ? text : "", ", ", -1);
  g_autoptr(GString) codes = g_string_new (NULL);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      guint d;

      if (*parts[i] == '\0')
        continue;
      for (d = 0; d < G_N_ELEMENTS (day_codes); d++)
        if (g_ascii_strcasecmp (parts[i], _(dutch_days[d])) == 0 || g_ascii_strcasecmp (parts[i], day_codes[d]) == 0)
          break;
      if (d == G_N_ELEMENTS (day_codes))
        {
          g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE,
                       /* Translators: %s is what the user typed as a weekday. */
                       _("“%s” is not a weekday; use mo, tu, we, th, fr, sa or su"), parts[i]);
          return NULL;
        }
      g_string_append_printf (codes, "%s%s", codes->len ? "," : "", day_codes[d]);
    }
  if (codes->len == 0)
    {
      g_set_error_literal (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED,
                           _("Name at least one weekday, e.g. mo, tu, we, th, fr."));
      return NULL;
    }
  return g_string_free (g_steal_pointer (&codes), FALSE);
}

char *
ovs_crew_forms_days_label (const char *codes)
{
  g_auto(GStrv) parts = g_strsplit (codes ? codes : "", ",", -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; parts[i] != NULL; i++)
    for (guint d = 0; d < G_N_ELEMENTS (day_codes); d++)
      if (g_str_equal (parts[i], day_codes[d]))
        g_string_append_printf (out, "%s%s", out->len ? ", " : "", _(dutch_days[d]));
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* "ma–do" for three or more days in a row, else "ma, wo, vr": short enough for a choice's value. */
static char *
compact_days (const char *codes)
{
  g_auto(GStrv) parts = g_strsplit (codes ? codes : "", ",", -1);
  guint n = g_strv_length (parts), first = 0, last = 0;

  for (guint d = 0; d < G_N_ELEMENTS (day_codes) && n > 0; d++)
    {
      if (g_str_equal (parts[0], day_codes[d]))
        first = d;
      if (g_str_equal (parts[n - 1], day_codes[d]))
        last = d;
    }
  if (n >= 3 && last - first + 1 == n)
    return g_strdup_printf ("%s–%s", _(dutch_days[first]), _(dutch_days[last]));
  return ovs_crew_forms_days_label (codes);
}

/* --- the checks under the fields --- */

static gboolean
check_required (const char *text, GError **error)
{
  if (text != NULL)
    return TRUE;
  g_set_error_literal (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED, _("Fill this in."));
  return FALSE;
}

static gboolean
parse_count (const char *text, int *value, GError **error)
{
  char *end = NULL;
  gint64 n = text ? g_ascii_strtoll (text, &end, 10) : 0;

  if (text == NULL || *end != '\0' || n < 0 || n > 10000)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE,
                   _("“%s” is not a whole number of 0 or more"), text ? text : "");
      return FALSE;
    }
  *value = (int) n;
  return TRUE;
}

static gboolean
check_count (const char *text, GError **error)
{
  int n;

  return text == NULL || parse_count (text, &n, error);
}

static gboolean
check_time (const char *text, GError **error)
{
  int minutes;

  return check_required (text, error) && ovs_parse_time (text, _("Time"), &minutes, error);
}

static gboolean
check_days (const char *text, GError **error)
{
  g_autofree char *codes = days_to_codes (text, error);

  return codes != NULL;
}

/* --- a crew --- */

typedef struct
{
  GtkWidget *page;
  OvsStore  *store;
  gint64     crew_id;   /* 0: a new crew */
} FormData;

static void
form_data_free (gpointer p)
{
  FormData *data = p;

  g_object_unref (data->page);
  g_object_unref (data->store);
  g_free (data);
}

static FormData *
form_data_new (GtkWidget *page, OvsStore *store, gint64 crew_id)
{
  FormData *data = g_new0 (FormData, 1);

  data->page = g_object_ref (page);
  data->store = g_object_ref (store);
  data->crew_id = crew_id;
  return data;
}

static gboolean
crew_submit (OvsFormDialog *form, gpointer user_data, GError **error)
{
  gint64 id = 0;
  FormData *data = user_data;
  const char *leader = ovs_form_dialog_get_text (form, "leader");
  const char *min_size = NULL;
  g_autofree char *name = NULL, *area = NULL, *vehicle = NULL;
  OvsCrewFields f = { .min_size = 3 };
  gboolean ok;

  if (leader != NULL && (f.team_leader_id = ovs_section_find_employee (data->store, leader, error)) == 0)
    return ovs_form_dialog_mark_field (form, "leader"), FALSE;
  if ((min_size = ovs_form_dialog_get_text (form, "min-size")) != NULL && !parse_count (min_size, &f.min_size, error))
    return ovs_form_dialog_mark_field (form, "min-size"), FALSE;
  f.name = name = g_strdup (ovs_form_dialog_get_text (form, "name"));
  f.area = area = g_strdup (ovs_form_dialog_get_text (form, "area"));
  f.vehicle = vehicle = g_strdup (ovs_form_dialog_get_text (form, "vehicle"));
  ok = data->crew_id == 0 ? (id = ovs_crews_add (data->store, &f, error)) != 0
                          : ovs_crews_update (data->store, data->crew_id, &f, error);
  if (!ok)
    return ovs_form_dialog_mark_field (form, "name"), FALSE;
  if (data->crew_id == 0)
    ovs_undo_toast_show (data->page, data->store, "crew", id, _("Crew added"));
  else
    ovs_section_toast (data->page, _("Crew changed"));
  return TRUE;
}

void
ovs_crew_forms_edit_crew (GtkWidget *page, OvsStore *store, OvsCrew *crew)
{
  g_autofree char *min_size = g_strdup_printf ("%d", crew ? ovs_crew_get_min_size (crew) : 3);
  OvsFormDialog *form;

  form = ovs_form_dialog_new (page, crew ? _("Change Crew") : _("New Crew"),
                              _("A green crew works in one area with its own team leader and vehicle."),
                              crew ? _("_Save") : _("_Add"));
  ovs_form_dialog_add_entry (form, "name", _("Name"), crew ? ovs_crew_get_name (crew) : NULL);
  ovs_form_dialog_set_check (form, "name", check_required);
  ovs_form_dialog_add_entry (form, "leader", _("Team leader (personnel number or name, optional)"),
                             crew ? ovs_crew_get_team_leader_personnel_number (crew) : NULL);
  ovs_form_dialog_add_entry (form, "area", _("Area (optional)"), crew ? ovs_crew_get_area (crew) : NULL);
  ovs_form_dialog_add_entry (form, "vehicle", _("Vehicle (optional)"), crew ? ovs_crew_get_vehicle (crew) : NULL);
  ovs_form_dialog_add_entry (form, "min-size", _("At least this many people a day"), min_size);
  ovs_form_dialog_set_check (form, "min-size", check_count);
  ovs_form_dialog_set_submit (form, crew_submit, form_data_new (page, store, crew ? ovs_crew_get_id (crew) : 0),
                              form_data_free);
  gtk_window_present (GTK_WINDOW (form));
}

/* --- a pattern --- */

/* "1234, Jansen" -> the employees' ids, 0-terminated; NULL for an empty text (every member). */
static gint64 *
members_of (OvsStore *store, const char *text, GError **error)
{
  g_auto(GStrv) parts = g_strsplit (text ? text : "", ",", -1);
  g_autoptr(GArray) ids = g_array_new (TRUE, TRUE, sizeof (gint64));

  for (guint i = 0; parts[i] != NULL; i++)
    {
      gint64 id;

      if (*g_strstrip (parts[i]) == '\0')
        continue;
      if ((id = ovs_section_find_employee (store, parts[i], error)) == 0)
        return NULL;
      g_array_append_val (ids, id);
    }
  if (ids->len == 0)
    return NULL;
  return (gint64 *) g_array_free (g_steal_pointer (&ids), FALSE);
}

static gboolean
pattern_submit (OvsFormDialog *form, gpointer user_data, GError **error)
{
  gint64 id = 0;
  FormData *data = user_data;
  g_autofree char *days = days_to_codes (ovs_form_dialog_get_text (form, "days"), NULL);
  g_autofree char *from = ovs_form_dialog_get_date (form, "from");
  g_autofree char *to = ovs_form_dialog_get_date (form, "to");
  g_autofree char *start = g_strdup (ovs_form_dialog_get_text (form, "start"));
  g_autofree char *end = g_strdup (ovs_form_dialog_get_text (form, "end"));
  g_autofree char *task = g_strdup (ovs_form_dialog_get_text (form, "task"));
  g_autofree gint64 *members = NULL;
  OvsPatternFields f = { 0 };
  g_autofree char *who = g_strdup (ovs_form_dialog_get_text (form, "members"));

  if (ovs_form_dialog_get_text (form, "break") != NULL &&
      !parse_count (ovs_form_dialog_get_text (form, "break"), &f.break_minutes, error))
    return ovs_form_dialog_mark_field (form, "break"), FALSE;
  if (who != NULL && (members = members_of (data->store, who, error)) == NULL)
    return ovs_form_dialog_mark_field (form, "members"), FALSE;
  f.days = days;
  f.start_time = start;
  f.end_time = end;
  f.task = task;
  f.valid_from = from;
  f.valid_to = to;
  f.member_ids = members;
  if ((id = ovs_pattern_add (data->store, data->crew_id, &f, error)) == 0)
    return FALSE;
  ovs_undo_toast_show (data->page, data->store, "shift_pattern", id, _("Pattern added; generate the roster to plan it"));
  return TRUE;
}

void
ovs_crew_forms_add_pattern (GtkWidget *page, OvsStore *store, OvsCrew *crew)
{
  g_autofree char *title = NULL;
  g_autofree char *today = ovs_date_today_iso ();
  OvsFormDialog *form;

  g_return_if_fail (OVS_IS_CREW (crew));
  /* Translators: the title of the form that adds a working time to crew %s. */
  title = g_strdup_printf (_("New Pattern for %s"), ovs_crew_get_name (crew));
  form = ovs_form_dialog_new (page, title,
                              _("The days and hours the crew works. Name members to plan only them, e.g. "
                                "the part-timers of a shorter week; leave it empty for every member."),
                              _("_Add"));
  ovs_form_dialog_add_entry (form, "days", _("Days (mo, tu, we, th, fr)"), _("mo, tu, we, th, fr"));
  ovs_form_dialog_set_check (form, "days", check_days);
  ovs_form_dialog_add_entry (form, "start", _("Start time (HH:MM)"), "07:30");
  ovs_form_dialog_set_check (form, "start", check_time);
  ovs_form_dialog_add_entry (form, "end", _("End time (HH:MM)"), "16:00");
  ovs_form_dialog_set_check (form, "end", check_time);
  ovs_form_dialog_add_entry (form, "break", _("Break (minutes)"), "30");
  ovs_form_dialog_set_check (form, "break", check_count);
  ovs_form_dialog_add_entry (form, "task", _("Task (optional)"), NULL);
  ovs_form_dialog_add_entry (form, "members", _("For (personnel numbers or names, optional)"), NULL);
  ovs_form_dialog_add_date (form, "from", _("From (dd-mm-jjjj)"), today, TRUE);
  ovs_form_dialog_add_date (form, "to", _("Until (optional)"), NULL, FALSE);
  ovs_form_dialog_set_submit (form, pattern_submit, form_data_new (page, store, ovs_crew_get_id (crew)),
                              form_data_free);
  gtk_window_present (GTK_WINDOW (form));
}

/* --- days a pattern does not work --- */

typedef struct
{
  FormData *form;
  GArray   *ids;    /* the pattern ids, in the order of the choice */
} ExceptData;

static void
except_data_free (gpointer p)
{
  ExceptData *data = p;

  form_data_free (data->form);
  g_array_unref (data->ids);
  g_free (data);
}

static gboolean
check_dates (const char *text, GError **error)
{
  g_auto(GStrv) parts = g_strsplit (text ? text : "", ",", -1);
  guint n = 0;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *iso = NULL;

      if (*g_strstrip (parts[i]) == '\0')
        continue;
      if ((iso = ovs_date_normalize (parts[i], error)) == NULL)
        return FALSE;
      n++;
    }
  if (n == 0)
    g_set_error_literal (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED,
                         _("Name at least one date (dd-mm-jjjj), separated by commas."));
  return n > 0;
}

static gboolean
except_submit (OvsFormDialog *form, gpointer user_data, GError **error)
{
  ExceptData *data = user_data;
  guint chosen = ovs_form_dialog_get_selected (form, "pattern");
  g_auto(GStrv) parts = g_strsplit (ovs_form_dialog_get_text (form, "dates"), ",", -1);
  g_autoptr(GString) dates = g_string_new (NULL);

  if (chosen >= data->ids->len)
    return TRUE;
  /* The core reads ISO dates: each typed date as ISO, checked above. */
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *iso = *g_strstrip (parts[i]) ? ovs_date_normalize (parts[i], NULL) : NULL;

      if (iso != NULL)
        g_string_append_printf (dates, "%s%s", dates->len ? "," : "", iso);
    }
  if (!ovs_pattern_add_exdates (data->form->store, g_array_index (data->ids, gint64, chosen), dates->str, error))
    return ovs_form_dialog_mark_field (form, "dates"), FALSE;
  ovs_section_toast (data->form->page, _("Days off added; generate the roster to take them out"));
  return TRUE;
}

void
ovs_crew_forms_add_exdates (GtkWidget *page, OvsStore *store, OvsCrew *crew)
{
  g_autoptr(JsonArray) patterns = ovs_pattern_list (store, ovs_crew_get_id (crew), NULL);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  ExceptData *data;
  OvsFormDialog *form;

  if (patterns == NULL || json_array_get_length (patterns) == 0)
    {
      ovs_section_toast (page, _("This crew has no pattern yet: add one first"));
      return;
    }
  data = g_new0 (ExceptData, 1);
  data->form = form_data_new (page, store, ovs_crew_get_id (crew));
  data->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < json_array_get_length (patterns); i++)
    {
      JsonObject *p = json_array_get_object_element (patterns, i);
      g_autofree char *days = compact_days (json_object_get_string_member (p, "days"));
      gint64 id = json_object_get_int_member (p, "id");

      g_ptr_array_add (labels, g_strdup_printf ("%s %s–%s", days, json_object_get_string_member (p, "start_time"),
                                                json_object_get_string_member (p, "end_time")));
      g_array_append_val (data->ids, id);
    }
  g_ptr_array_add (labels, NULL);
  form = ovs_form_dialog_new (page, _("Days Off"),
                              _("Dates the pattern does not work, such as public holidays of this crew only."),
                              _("_Add"));
  ovs_form_dialog_add_strings (form, "pattern", _("Pattern"), (const char * const *) labels->pdata);
  ovs_form_dialog_add_entry (form, "dates", _("Dates (dd-mm-jjjj, separated by commas)"), NULL);
  ovs_form_dialog_set_check (form, "dates", check_dates);
  ovs_form_dialog_set_submit (form, except_submit, data, except_data_free);
  gtk_window_present (GTK_WINDOW (form));
}

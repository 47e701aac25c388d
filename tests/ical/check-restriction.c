/* check-restriction FILE.ics… — libical's RFC 5546 restriction check (icalrestriction_check) on each
 * file; prints what it found wrong and exits 1 if any file fails. */
#include <glib.h>
#include <libical/ical.h>

static gboolean
check_file (const char *path)
{
  g_autofree char *text = NULL;
  icalcomponent *calendar;
  gboolean ok;

  if (!g_file_get_contents (path, &text, NULL, NULL) || (calendar = icalparser_parse_string (text)) == NULL)
    {
      g_printerr ("%s: cannot read it as iCalendar\n", path);
      return FALSE;
    }
  ok = icalrestriction_check (calendar) != 0;
  for (icalcomponent *c = icalcomponent_get_first_component (calendar, ICAL_ANY_COMPONENT); !ok && c != NULL;
       c = icalcomponent_get_next_component (calendar, ICAL_ANY_COMPONENT))
    for (icalproperty *p = icalcomponent_get_first_property (c, ICAL_XLICERROR_PROPERTY); p != NULL;
         p = icalcomponent_get_next_property (c, ICAL_XLICERROR_PROPERTY))
      g_printerr ("%s: %s\n", path, icalproperty_get_xlicerror (p));
  icalcomponent_free (calendar);
  return ok;
}

int
main (int argc, char **argv)
{
  int failed = 0;

  for (int i = 1; i < argc; i++)
    failed += check_file (argv[i]) ? 0 : 1;
  if (argc > 1)
    g_print ("%d of %d files pass the RFC 5546 restriction check\n", argc - 1 - failed, argc - 1);
  return failed == 0 ? 0 : 1;
}

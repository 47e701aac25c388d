/* bench-gtk-list-floor.c — what GTK itself costs to show and to take away the rows of a list shaped
 * like Medewerkers: a GtkColumnView with the nine columns an HR user sees (their fixed widths, one
 * GtkInscription per cell) in a 1280×800 window, and N rows (default 251, the matches of "berg" in
 * bench-gui-search.sh). No Overstap code runs: the model is a GtkStringList.
 *
 *   bench-gtk-list-floor [N [ROUNDS [COLUMNS]]]   (defaults 251, 7, 9; run in Xvfb by bench-gui-search.sh)
 *
 * COLUMNS below 9 keeps only the first ones: how the cost follows the number of cells a row has.
 *
 * Each round puts the N rows in at once (GTK builds up to the 200 rows it keeps around the view) and
 * takes them all out again (GTK tears those rows down), each time from the model's change until the
 * next frame is painted: wall time and the process's CPU time, as ui/bench/ovs-bench-search.c times a
 * keystroke. Prints one line per step and the medians:
 *   FLOOR rows=251 columns=9 grow_cpu_ms=… grow_paint_ms=… shrink_cpu_ms=… shrink_paint_ms=…
 * The first round is left out of the medians (fonts and styles are loaded then). */
#include <gtk/gtk.h>
#include <stdlib.h>
#include <time.h>

/* The widths of the columns an HR user sees in ovs-employees-page.ui, in their order. */
static const int column_widths[] = { 100, 176, 150, 150, 44, 68, 122, 82, 136 };

typedef struct
{
  GtkWidget     *window;
  GtkStringList *list;
  char         **texts;   /* N rows of text, NULL-terminated */
  guint          n_rows;
  guint          rounds;
  guint          n_columns;
  guint          step;    /* even: grow, odd: shrink */
  gint64         wall0;
  double         cpu0;
  GArray        *grow_cpu, *grow_wall, *shrink_cpu, *shrink_wall;
  gulong         paint_id;
} Bench;

static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static void
setup_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  GtkWidget *cell = gtk_inscription_new (NULL);

  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (cell), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_list_item_set_child (item, cell);
}

static void
bind_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  GtkStringObject *row = gtk_list_item_get_item (item);

  gtk_inscription_set_text (GTK_INSCRIPTION (gtk_list_item_get_child (item)), gtk_string_object_get_string (row));
}

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* The median of @values, the first (warm-up) round left out. */
static double
median (GArray *values)
{
  g_autoptr(GArray) sorted = g_array_new (FALSE, FALSE, sizeof (double));

  g_array_append_vals (sorted, &g_array_index (values, double, 1), values->len - 1);
  g_array_sort (sorted, compare_doubles);
  return g_array_index (sorted, double, sorted->len / 2);
}

static gboolean next_step (gpointer data);

static void
after_paint_cb (GdkFrameClock *clock, Bench *bench)
{
  gboolean grow = bench->step % 2 == 0;
  double cpu = cpu_ms () - bench->cpu0;
  double wall = (g_get_monotonic_time () - bench->wall0) / 1000.0;

  g_signal_handler_disconnect (clock, bench->paint_id);
  bench->paint_id = 0;
  g_array_append_val (grow ? bench->grow_cpu : bench->shrink_cpu, cpu);
  g_array_append_val (grow ? bench->grow_wall : bench->shrink_wall, wall);
  g_print ("round=%u %s cpu_ms=%.1f paint_ms=%.1f\n", bench->step / 2 + 1, grow ? "grow" : "shrink", cpu, wall);
  bench->step++;
  /* Let the frame settle before the next change, as a typist's next key would. */
  g_timeout_add (150, next_step, bench);
}

static gboolean
next_step (gpointer data)
{
  Bench *bench = data;
  GdkFrameClock *clock = gtk_widget_get_frame_clock (bench->window);

  if (bench->step == 2 * bench->rounds)
    {
      g_print ("FLOOR rows=%u columns=%u grow_cpu_ms=%.1f grow_paint_ms=%.1f shrink_cpu_ms=%.1f shrink_paint_ms=%.1f\n",
               bench->n_rows, bench->n_columns, median (bench->grow_cpu),
               median (bench->grow_wall), median (bench->shrink_cpu), median (bench->shrink_wall));
      gtk_window_destroy (GTK_WINDOW (bench->window));
      return G_SOURCE_REMOVE;
    }
  bench->paint_id = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), bench);
  bench->wall0 = g_get_monotonic_time ();
  bench->cpu0 = cpu_ms ();
  if (bench->step % 2 == 0)
    gtk_string_list_splice (bench->list, 0, 0, (const char * const *) bench->texts);
  else
    gtk_string_list_splice (bench->list, 0, bench->n_rows, NULL);
  return G_SOURCE_REMOVE;
}

static GtkWidget *
column_view_new (Bench *bench)
{
  GtkSelectionModel *selection = GTK_SELECTION_MODEL (gtk_single_selection_new (G_LIST_MODEL (g_object_ref (bench->list))));
  GtkWidget *view = gtk_column_view_new (selection);

  for (guint i = 0; i < bench->n_columns; i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;

      g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), NULL);
      column = gtk_column_view_column_new ("Kolom", factory);
      gtk_column_view_column_set_fixed_width (column, column_widths[i]);
      gtk_column_view_append_column (GTK_COLUMN_VIEW (view), column);
      g_object_unref (column);
    }
  return view;
}

static void
activate_cb (GtkApplication *app, Bench *bench)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  bench->window = gtk_application_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (bench->window), 1280, 800);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), column_view_new (bench));
  gtk_window_set_child (GTK_WINDOW (bench->window), scrolled);
  gtk_window_present (GTK_WINDOW (bench->window));
  /* Start once the empty window has been shown. */
  g_timeout_add (500, next_step, bench);
}

int
main (int argc, char **argv)
{
  static const char * const names[] = { "Berghuis, Jan", "Bergsma, Mieke van", "Ten Berge, Henriëtte",
                                        "Oldenberg, Noël", "Bergman, Zoë", "Steenbergen, Gerrit" };
  g_autoptr(GtkApplication) app = NULL;
  Bench bench = { 0 };

  bench.n_rows = argc > 1 ? (guint) atoi (argv[1]) : 251;
  bench.rounds = argc > 2 ? MAX (2, (guint) atoi (argv[2])) : 7;
  bench.n_columns = argc > 3 ? CLAMP ((guint) atoi (argv[3]), 1, G_N_ELEMENTS (column_widths)) : G_N_ELEMENTS (column_widths);
  bench.texts = g_new0 (char *, bench.n_rows + 1);
  for (guint i = 0; i < bench.n_rows; i++)
    bench.texts[i] = g_strdup_printf ("%s %u", names[i % G_N_ELEMENTS (names)], 100000 + i);
  bench.list = gtk_string_list_new (NULL);
  bench.grow_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  bench.grow_wall = g_array_new (FALSE, FALSE, sizeof (double));
  bench.shrink_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  bench.shrink_wall = g_array_new (FALSE, FALSE, sizeof (double));
  app = gtk_application_new (NULL, G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), &bench);
  g_application_run (G_APPLICATION (app), 0, NULL);
  g_strfreev (bench.texts);
  g_object_unref (bench.list);
  g_array_unref (bench.grow_cpu);
  g_array_unref (bench.grow_wall);
  g_array_unref (bench.shrink_cpu);
  g_array_unref (bench.shrink_wall);
  return 0;
}

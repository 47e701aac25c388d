/* ovs-employees-page-load.c — reading and sorting the Medewerkers rows off the main thread: a worker
 * opens its own connection to the database (as the Overzicht does for its figures), reads every row,
 * sorts them as the column headers ask and hands the array to the page; a click on a header sorts
 * the rows the page has on a worker too. At 20,000 employees reading takes about a second and
 * sorting tens of milliseconds, which on the main thread held up every frame meanwhile. */
#include "config.h"


#include "employees/ovs-employees-page-private.h"
#include <overstap/overstap.h>

typedef struct
{
  char               *path;
  char               *user;
  GPtrArray          *rows;   /* the rows to sort again; NULL: read them */
  OvsEmployeeSortKey  keys[OVS_EMPLOYEES_PAGE_N_SORT];
  guint               n_keys;
} LoadJob;

static void
load_job_free (gpointer data)
{
  LoadJob *job = data;

  g_free (job->path);
  g_free (job->user);
  g_clear_pointer (&job->rows, g_ptr_array_unref);
  g_free (job);
}

static GPtrArray *
read_rows (const char *path, const char *user, GError **error)
{
  g_autoptr(OvsStore) store = ovs_store_open (path, error);

  if (store == NULL || (user != NULL && !ovs_store_set_user (store, user, error)))
    return NULL;
  return ovs_employees_list_rows (store, error);
}

static void
load_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  LoadJob *job = task_data;
  GPtrArray *rows = job->rows ? g_ptr_array_ref (job->rows) : NULL;
  GError *error = NULL;

  if (rows == NULL && (rows = read_rows (job->path, job->user, &error)) == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  ovs_employees_sort (rows, job->keys, job->n_keys);
  g_task_return_pointer (task, rows, (GDestroyNotify) g_ptr_array_unref);
}

/* Reads and sorts on the main thread: for a database in memory, which a second connection cannot
 * see, and when the worker could not connect (a server that asks this user for a password). */
static void
load_now (OvsEmployeesPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = ovs_employees_list_rows (ovs_section_page_get_store (OVS_SECTION_PAGE (self)),
                                                       &error);

  if (rows == NULL)
    {
      _ovs_employees_page_toast (self, error->message);
      return;
    }
  ovs_employees_sort (rows, self->sort_keys, self->n_sort_keys);
  _ovs_employees_page_set_rows (self, rows);
}

static void
load_done_cb (GObject *source, GAsyncResult *result, gpointer data)
{
  OvsEmployeesPage *self = OVS_EMPLOYEES_PAGE (source);
  LoadJob *job = g_task_get_task_data (G_TASK (result));
  gboolean reading = job->rows == NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = g_task_propagate_pointer (G_TASK (result), &error);

  /* Cancelled: a newer job replaced this one, or the page is going away. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->cancellable);
  if (rows == NULL && reading)
    load_now (self);
  else if (rows == NULL)
    _ovs_employees_page_toast (self, error->message);
  else
    _ovs_employees_page_set_rows (self, rows);
}

/* For g_ptr_array_copy(), whose copy unrefs its rows as the original does. */
static gpointer
ref_row (gconstpointer row, gpointer data)
{
  return g_object_ref ((gpointer) row);
}

static void
start_job (OvsEmployeesPage *self, GPtrArray *rows)
{
  OvsStore *store = ovs_section_page_get_store (OVS_SECTION_PAGE (self));
  const char *path = ovs_store_get_path (store);
  g_autoptr(GTask) task = NULL;
  LoadJob *job;

  _ovs_employees_page_cancel_load (self);
  if (rows == NULL && (path == NULL || g_str_equal (path, "") || g_str_equal (path, ":memory:")))
    {
      load_now (self);
      return;
    }
  job = g_new0 (LoadJob, 1);
  job->path = g_strdup (path);
  job->user = g_strdup (ovs_store_get_user (store));
  /* A copy: the page may put a saved row into its own array meanwhile. */
  job->rows = rows ? g_ptr_array_copy (rows, ref_row, NULL) : NULL;
  memcpy (job->keys, self->sort_keys, sizeof job->keys);
  job->n_keys = self->n_sort_keys;
  self->cancellable = g_cancellable_new ();
  task = g_task_new (self, self->cancellable, load_done_cb, NULL);
  g_task_set_source_tag (task, start_job);
  g_task_set_task_data (task, job, load_job_free);
  /* Cancelling completes the task at once; the thread's late result is dropped. */
  g_task_set_return_on_cancel (task, TRUE);
  g_task_run_in_thread (task, load_thread);
}

void
_ovs_employees_page_cancel_load (OvsEmployeesPage *self)
{
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
}

void
_ovs_employees_page_load (OvsEmployeesPage *self)
{
  self->load_started = g_get_monotonic_time ();
  start_job (self, NULL);
}

/* A header was clicked: sort the rows the page has on a worker; while one is busy already, read them
 * again in the new order instead. */
void
_ovs_employees_page_sort (OvsEmployeesPage *self)
{
  if (self->cancellable != NULL)
    _ovs_employees_page_load (self);
  else if (self->rows != NULL)
    start_job (self, self->rows);
}

/* After a save in this page only that one employee changed: put their new row in its place instead
 * of reading all of them again (a second or more at 20,000 employees). */
void
_ovs_employees_page_patch_row (OvsEmployeesPage *self, gint64 id)
{
  OvsStore *store = ovs_section_page_get_store (OVS_SECTION_PAGE (self));
  g_autoptr(OvsEmployee) row = NULL;
  guint low = 0, high;

  /* Only when the save has queued a refresh (its ::changed), which this one replaces; not while a
   * worker reads or sorts, whose rows would not have it. */
  if (self->rows == NULL || self->cancellable != NULL || (row = ovs_employees_get (store, id, NULL)) == NULL ||
      !ovs_section_page_cancel_refresh (OVS_SECTION_PAGE (self)))
    return;
  for (guint i = 0; i < self->rows->len; i++)
    if (ovs_employee_get_id (self->rows->pdata[i]) == id)
      {
        g_ptr_array_remove_index (self->rows, i);
        break;
      }
  /* After the rows it sorts equal to, as a stable sort would put it. */
  high = self->rows->len;
  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (ovs_employees_compare (self->rows->pdata[middle], row, self->sort_keys, self->n_sort_keys) <= 0)
        low = middle + 1;
      else
        high = middle;
    }
  g_ptr_array_insert (self->rows, (int) low, g_steal_pointer (&row));
  self->restore_id = id;
  _ovs_employees_page_set_rows (self, self->rows);
}

/* --- the order the headers ask for --- */

/* GTK 4.8 does not say which columns the column view sorts by, nor which way (4.10 added
 * gtk_column_view_sorter_get_nth_sort_column()). Its sorter asks the columns' sorters in order until
 * one tells two rows apart, inverting the columns clicked twice: each column's sorter here answers
 * "equal" but notes that it was asked, and then "smaller" for one column at a time, which shows its
 * direction. Nothing else compares with them: the rows are sorted by core (ovs_employees_sort()). */
typedef struct
{
  int   answer;   /* the column that answers "smaller"; -1: none, note the order asked */
  guint asked[OVS_EMPLOYEES_PAGE_N_SORT];
  guint n_asked;
} Probe;

static Probe *probe;

static int
column_compare_cb (gconstpointer a, gconstpointer b, gpointer data)
{
  guint index = GPOINTER_TO_UINT (data);

  if (probe == NULL)
    return 0;
  if (probe->answer < 0 && probe->n_asked < G_N_ELEMENTS (probe->asked))
    probe->asked[probe->n_asked++] = index;
  return probe->answer == (int) index ? -1 : 0;
}

GtkSorter *
_ovs_employees_page_column_sorter (guint index)
{
  return GTK_SORTER (gtk_custom_sorter_new (column_compare_cb, GUINT_TO_POINTER (index), NULL));
}

void
_ovs_employees_page_read_sort_keys (OvsEmployeesPage *self, const int *columns)
{
  GtkSorter *sorter = gtk_column_view_get_sorter (self->column_view);
  Probe asking = { .answer = -1 };

  /* Two different objects, so that the sorter does not call them equal without asking. */
  probe = &asking;
  gtk_sorter_compare (sorter, self, self->column_view);
  self->n_sort_keys = 0;
  for (guint i = 0; i < asking.n_asked; i++)
    {
      asking.answer = (int) asking.asked[i];
      self->sort_keys[i].column = columns[asking.asked[i]];
      self->sort_keys[i].descending = gtk_sorter_compare (sorter, self, self->column_view) == GTK_ORDERING_LARGER;
      self->n_sort_keys++;
    }
  probe = NULL;
}

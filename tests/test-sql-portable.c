/* test-sql-portable.c — the SQL in rule code means the same on SQLite 3.40 and PostgreSQL 15.
 *
 * Scans the string literals of core/ (the engines, core/store/ovs-engine-*.c, aside) for SQL that only
 * SQLite understands, or understands differently, and fails naming the file and line. A string
 * counts as SQL when it holds an upper-case SQL keyword; adjacent literals ("…" "…") are read as one,
 * so a construct split over lines is still found. The checker itself is tested on known examples. */
#include "config.h"

#include <string.h>
#include <glib.h>

typedef struct
{
  const char *pattern;   /* a PCRE, matched without regard to case */
  const char *advice;
} Rule;

static const Rule rules[] = {
  { "\\b(strftime|julianday|datetime|date|time|unixepoch)\\s*\\(",
    "SQLite's date functions: compute the dates in C (ovs-date.h) and bind them" },
  { "\\bCURRENT_(DATE|TIME|TIMESTAMP)\\b", "the engine's clock: bind today from ovs_date_today_iso()" },
  { "\\b(ifnull|iif|instr|printf|total|group_concat|typeof|changes|last_insert_rowid|hex|quote|char|unicode|"
    "zeroblob|randomblob|likely|unlikely|likelihood)\\s*\\(",
    "a function only SQLite has: use coalesce, CASE, or do it in C" },
  { "\\bjson_\\w*\\s*\\(", "the engines' JSON functions differ: build JSON in C" },
  { "\\bsqlite_\\w+", "SQLite's own tables and functions" },
  { "\\bOR\\s+(IGNORE|REPLACE|ROLLBACK|ABORT|FAIL)\\b", "INSERT OR ...: use ON CONFLICT ... DO NOTHING / DO UPDATE" },
  { "\\bREPLACE\\s+INTO\\b", "REPLACE INTO: use ON CONFLICT ... DO UPDATE" },
  { "\\b_?rowid_?\\b", "rowid: use the id column" },
  { "\\b(GLOB|LIKE|REGEXP|MATCH)\\b", "pattern matching whose case rules differ: compare in C or with lower ()" },
  { "\\bCOLLATE\\b", "collations are named differently: compare lower () with lower ()" },
  { "\\bLIMIT\\s+-", "a negative LIMIT: bind a large limit instead" },
  { "\\bAS\\s+REAL\\b", "PostgreSQL's REAL is a float4: use DOUBLE PRECISION or compute in C" },
  { "\\\\\"", "a double-quoted string: SQL strings take single quotes" },
  { "\\bIS\\s+(?!NULL\\b|NOT\\b|DISTINCT\\b)", "IS with a value: use IS NOT DISTINCT FROM" },
  { "\\bIS\\s+NOT\\s+(?!NULL\\b|DISTINCT\\b)", "IS NOT with a value: use IS DISTINCT FROM" },
  { "\\b(TRUE|FALSE)\\b", "booleans are stored as 0 and 1: compare with integers" },
  /* (Not after AND, which BETWEEN ?1 AND ?2 uses.) */
  { "\\b(WHEN|OR|WHERE|NOT)\\s+[?:]\\w*\\s*(\\bTHEN\\b|\\bOR\\b|\\bAND\\b|\\)|$)",
    "a bound integer used as a condition: write ?N <> 0" },
  { "\\(\\s*[?:]\\w*\\s+(OR|AND)\\b", "a bound integer used as a condition: write ?N <> 0" },
  { "\\b(PRAGMA|ATTACH|DETACH|VACUUM)\\b", "SQLite's own statements belong in its engine" },
  { "\\bBEGIN\\s+(IMMEDIATE|EXCLUSIVE|DEFERRED)\\b", "transactions go through ovs_store_begin ()" },
  /* Found running the tests on PostgreSQL 15, which requires the alias. */
  { "\\b(?:FROM|JOIN)\\s*(?=\\(\\s*SELECT\\b)(\\((?:[^()]++|(?1))*\\))\\s*"
    "(?=WHERE\\b|GROUP\\b|ORDER\\b|LIMIT\\b|UNION\\b|JOIN\\b|LEFT\\b|INNER\\b|ON\\b|\\)|;|$)",
    "a subquery in FROM without a name: PostgreSQL needs one (… ) AS name" },
  { "\\bSELECT\\s+count\\s*\\(\\s*\\*\\s*\\)\\s*,\\s*\\w+\\s+FROM\\b(?![^;]*\\bGROUP\\s+BY\\b)",
    "count (*) beside a bare column without GROUP BY: PostgreSQL refuses it; aggregate the column too" },
};

/* An upper-case keyword makes a literal SQL; error messages and labels are left alone. */
#define SQL_KEYWORDS "\\b(SELECT|INSERT|UPDATE|DELETE|FROM|WHERE|JOIN|ORDER BY|GROUP BY|VALUES|RETURNING|SET)\\b"

/* Aggregates and functions whose meaning changes with their arguments. */
static const struct { const char *name; int max_args; gboolean no_condition; const char *advice; } calls[] = {
  { "max", 1, FALSE, "two-argument max (): write a CASE expression" },
  { "min", 1, FALSE, "two-argument min (): write a CASE expression" },
  { "round", 1, FALSE, "round (x, n): PostgreSQL has none for doubles; round in C" },
  { "sum", 1, TRUE, "sum of a condition: write sum (CASE WHEN ... THEN 1 ELSE 0 END)" },
  { "avg", 1, TRUE, "avg of a condition: write avg (CASE WHEN ... THEN 1 ELSE 0 END)" },
  { "count", 1, TRUE, "count of a condition counts every non-NULL row: use sum (CASE ...)" },
};

typedef struct
{
  GString *text;       /* the literals of one group, joined */
  GArray  *starts;     /* offset in text where each literal starts */
  GArray  *lines;      /* and its line in the file */
} Group;

static void
group_clear (Group *g)
{
  g_string_truncate (g->text, 0);
  g_array_set_size (g->starts, 0);
  g_array_set_size (g->lines, 0);
}

static int
line_at (const Group *g, gsize offset)
{
  int line = g_array_index (g->lines, int, 0);

  for (guint i = 0; i < g->starts->len && g_array_index (g->starts, gsize, i) <= offset; i++)
    line = g_array_index (g->lines, int, i);
  return line;
}

static void
report (GPtrArray *problems, const char *file, const Group *g, gsize offset, const char *advice)
{
  g_autofree char *excerpt = g_strndup (g->text->str + offset, 48);

  g_ptr_array_add (problems, g_strdup_printf ("%s:%d: %s: [%s]", file, line_at (g, offset), advice,
                                              g_strdelimit (excerpt, "\n", ' ')));
}

/* The end of the parenthesised argument list opening at @open, and its number of arguments and
 * whether one of them is a bare condition. */
static const char *
scan_arguments (const char *open, int *n_args, gboolean *condition)
{
  static GRegex *comparison = NULL;
  const char *p = open + 1;
  int depth = 0;

  if (comparison == NULL)
    comparison = g_regex_new ("^(?!\\s*CASE\\b).*([<>=]|\\b(AND|OR|IN|IS|NOT|BETWEEN)\\b)", G_REGEX_CASELESS,
                              0, NULL);
  *n_args = 1;
  for (; *p != '\0' && (depth > 0 || *p != ')'); p++)
    {
      if (*p == '(')
        depth++;
      else if (*p == ')')
        depth--;
      else if (*p == ',' && depth == 0)
        (*n_args)++;
    }
  if (*p == ')')
    {
      g_autofree char *inside = g_strndup (open + 1, (gsize) (p - open - 1));
      g_autofree char *top = g_strdup (inside);
      int d = 0, k = 0;

      /* Only what lies outside nested parentheses and CASE ... END decides. */
      for (const char *q = inside; *q != '\0'; q++)
        {
          if (*q == '(')
            d++;
          else if (*q == ')')
            d--;
          else if (d == 0)
            top[k++] = *q;
        }
      top[k] = '\0';
      *condition = g_regex_match (comparison, top, 0, NULL);
    }
  return p;
}

static void
check_calls (GPtrArray *problems, const char *file, const Group *g)
{
  for (guint c = 0; c < G_N_ELEMENTS (calls); c++)
    {
      g_autofree char *pattern = g_strdup_printf ("\\b%s\\s*\\(", calls[c].name);
      g_autoptr(GRegex) regex = g_regex_new (pattern, G_REGEX_CASELESS, 0, NULL);
      g_autoptr(GMatchInfo) match = NULL;

      g_regex_match (regex, g->text->str, 0, &match);
      while (g_match_info_matches (match))
        {
          int start, end, n_args;
          gboolean condition = FALSE;

          g_match_info_fetch_pos (match, 0, &start, &end);
          scan_arguments (g->text->str + end - 1, &n_args, &condition);
          if (n_args > calls[c].max_args || (calls[c].no_condition && condition))
            report (problems, file, g, (gsize) start, calls[c].advice);
          g_match_info_next (match, NULL);
        }
    }
}

/* What lies between single quotes is data, not SQL: blank it out (offsets stay). */
static void
blank_sql_strings (GString *text)
{
  gboolean quoted = FALSE;

  for (gsize i = 0; i < text->len; i++)
    if (text->str[i] == '\'')
      quoted = !quoted;
    else if (quoted)
      text->str[i] = ' ';
}

static void
check_group (GPtrArray *problems, const char *file, Group *g)
{
  static GRegex *sql = NULL;
  static GRegex *compiled[G_N_ELEMENTS (rules)];

  if (sql == NULL)
    {
      sql = g_regex_new (SQL_KEYWORDS, 0, 0, NULL);
      for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
        g_assert_nonnull ((compiled[i] = g_regex_new (rules[i].pattern, G_REGEX_CASELESS, 0, NULL)));
    }
  if (g->starts->len == 0 || !g_regex_match (sql, g->text->str, 0, NULL))
    return;
  blank_sql_strings (g->text);
  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      g_autoptr(GMatchInfo) match = NULL;

      g_regex_match (compiled[i], g->text->str, 0, &match);
      while (g_match_info_matches (match))
        {
          int start, end;

          g_match_info_fetch_pos (match, 0, &start, &end);
          report (problems, file, g, (gsize) start, rules[i].advice);
          g_match_info_next (match, NULL);
        }
    }
  check_calls (problems, file, g);
}

/* Splits C source into groups of adjacent string literals (comments and character constants skipped;
 * escapes kept as written, so \" stays visible) and checks each. */
static void
check_source (GPtrArray *problems, const char *file, const char *src)
{
  Group g = { g_string_new (NULL), g_array_new (FALSE, FALSE, sizeof (gsize)),
              g_array_new (FALSE, FALSE, sizeof (int)) };
  gboolean joinable = FALSE;
  int line = 1;

  for (const char *p = src; *p != '\0'; p++)
    {
      if (*p == '\n')
        line++;
      if (p[0] == '/' && p[1] == '*')
        {
          for (p += 2; *p != '\0' && !(p[0] == '*' && p[1] == '/'); p++)
            line += *p == '\n';
          p += *p != '\0';
        }
      else if (p[0] == '/' && p[1] == '/')
        {
          while (p[1] != '\0' && p[1] != '\n')
            p++;
        }
      else if (*p == '\'')
        {
          for (p++; *p != '\0' && *p != '\''; p++)
            p += *p == '\\' && p[1] != '\0';
        }
      else if (*p == '"')
        {
          gsize offset = g.text->len;

          if (!joinable)
            {
              check_group (problems, file, &g);
              group_clear (&g);
              offset = 0;
            }
          g_array_append_val (g.starts, offset);
          g_array_append_val (g.lines, line);
          for (p++; *p != '\0' && *p != '"'; p++)
            {
              if (*p == '\\' && p[1] != '\0')
                g_string_append_c (g.text, *p++);
              g_string_append_c (g.text, *p);
            }
          joinable = TRUE;
          continue;
        }
      else if (!g_ascii_isspace (*p) && *p != '\\')
        joinable = FALSE;
    }
  check_group (problems, file, &g);
  g_string_free (g.text, TRUE);
  g_array_unref (g.starts);
  g_array_unref (g.lines);
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

static void
check_tree (GPtrArray *problems, const char *root, const char *relative)
{
  g_autofree char *dir_path = g_build_filename (root, relative, NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *rel = g_build_filename (relative, g_ptr_array_index (names, i), NULL);
      g_autofree char *path = g_build_filename (root, rel, NULL);
      g_autofree char *src = NULL;

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        check_tree (problems, root, rel);
      /* An engine speaks its own dialect: SQLite's PRAGMAs and BEGIN IMMEDIATE belong there. */
      else if (g_str_has_suffix (rel, ".c") && !g_str_has_prefix (g_ptr_array_index (names, i), "ovs-engine-") &&
               g_file_get_contents (path, &src, NULL, NULL))
        check_source (problems, rel, src);
    }
}

/* The checker finds what it should, and leaves portable SQL alone. */
static void
test_checker (void)
{
  static const char *bad[] = {
    "f (\"SELECT date (?1, '+112 days')\");",
    "f (\"SELECT CAST (julianday (a) \" \"- julianday (b) AS INTEGER) FROM t\");",
    "f (\"INSERT OR IGNORE INTO t (a) VALUES (?)\");",
    "f (\"SELECT group_concat (title, ', ') FROM t\");",
    "f (\"SELECT max (a, b) FROM t\");",
    "f (\"SELECT min (coalesce (a, 'x'), b) FROM t\");",
    "f (\"SELECT coalesce (sum (deadline < ?1), 0) FROM t\");",
    "f (\"SELECT 1 FROM t WHERE name = ? COLLATE NOCASE\");",
    "f (\"SELECT 1 FROM t WHERE name LIKE ?\");",
    "f (\"SELECT id FROM t ORDER BY id LIMIT -1\");",
    "f (\"SELECT 1 FROM t WHERE a IS ?\");",
    "f (\"SELECT 1 FROM t WHERE (?4 OR cancelled = 0)\");",
    "f (\"UPDATE t SET a = CASE WHEN ?3 THEN ?4 ELSE a END\");",
    "f (\"SELECT round (x, 2) FROM t\");",
    "f (\"SELECT CAST (x AS REAL) FROM t\");",
    "f (\"SELECT json_group_array (name) FROM t\");",
    "f (\"SELECT rowid FROM t\");",
    "f (\"SELECT 1 FROM t WHERE a = \\\"x\\\"\");",
    "f (\"SELECT ifnull (a, 0) FROM t\");",
    "f (\"SELECT 1 FROM t WHERE done = TRUE\");",
    "f (\"SELECT count (*) FROM (SELECT a FROM t GROUP BY a HAVING count (*) > 1)\");",
    "f (\"SELECT count (*) FROM (SELECT a FROM t WHERE b IN (SELECT b FROM u)) WHERE a > 1\");",
    "f (\"SELECT count(*), start_time FROM shift WHERE uid = ?\");",
  };
  static const char *good[] = {
    "f (\"SELECT coalesce (sum (CASE WHEN a < ?1 THEN 1 ELSE 0 END), 0) FROM t\");",
    "f (\"SELECT max (indication_date), count (*) FROM t WHERE a IS NOT NULL AND b IS NULL\");",
    "f (\"SELECT 1 FROM t WHERE lower (name) = lower (?) AND a IS NOT DISTINCT FROM ?\");",
    "f (\"INSERT INTO t (a) VALUES (?) ON CONFLICT DO NOTHING RETURNING id\");",
    "f (\"SELECT 1 FROM t WHERE (?4 <> 0 OR cancelled = 0) AND x IN (?)\");",
    "/* group_concat (a, b) in a comment */ f (\"SELECT a FROM t\");",
    "g_set_error (e, 1, 1, _(\"%s is not a date (YYYY-MM-DD)\"), x);",
    "f (\"SELECT 'date (' || a FROM t\"); c = '\"';",
    "f (\"SELECT count (*) FROM (SELECT a FROM t GROUP BY a HAVING count (*) > 1) AS twice\");",
    "f (\"SELECT n FROM t JOIN (SELECT a, count (*) AS n FROM u GROUP BY a) c ON c.a = t.a\");",
    "f (\"SELECT count (*), kind FROM t GROUP BY kind\");",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);

      check_source (problems, "bad.c", bad[i]);
      if (problems->len == 0)
        g_error ("not found: %s", bad[i]);
      g_assert_true (g_str_has_prefix (g_ptr_array_index (problems, 0), "bad.c:1: "));
    }
  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);

      check_source (problems, "good.c", good[i]);
      if (problems->len > 0)
        g_error ("wrongly found: %s", (char *) g_ptr_array_index (problems, 0));
    }
}

static void
test_core (void)
{
  const char *root = g_getenv ("OVERSTAP_SOURCE_DIR");
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);

  g_assert_nonnull (root);
  check_tree (problems, root, "core");
  for (guint i = 0; i < problems->len; i++)
    g_printerr ("%s\n", (char *) g_ptr_array_index (problems, i));
  g_assert_cmpuint (problems->len, ==, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sql-portable/checker", test_checker);
  g_test_add_func ("/sql-portable/core", test_core);
  return g_test_run ();
}

/* test-employees.c — adding, validating, changing and ending employees; roles; histories;
 * re-indications; the list of 20,000. */
#include "store/ovs-store-private.h"
#include "ovs-test-util.h"

static gint64
count (OvsStore *store, const char *sql)
{
  OvsStmt *stmt = ovs_store_prepare (store, sql, NULL);
  gint64 n;

  g_assert_nonnull (stmt);
  g_assert_true (ovs_stmt_next (stmt, NULL));
  n = ovs_stmt_get_int64 (stmt, 0);
  ovs_stmt_reset (stmt);
  return n;
}

static char *
text (OvsStore *store, const char *sql)
{
  OvsStmt *stmt = ovs_store_prepare (store, sql, NULL);
  char *result = NULL;

  g_assert_nonnull (stmt);
  if (ovs_stmt_next (stmt, NULL))
    result = ovs_stmt_dup_text (stmt, 0);
  ovs_stmt_reset (stmt);
  return result;
}

/* A valid Wsw employee; tests change one field at a time. */
static OvsEmployeeFields
valid_fields (const char *number)
{
  return (OvsEmployeeFields) {
    .personnel_number = number, .first_name = "Anna", .name_prefix = "van der", .last_name = "Bakker",
    .birth_date = "1970-05-17", .bsn = "111222333", .residence = "Wijhe", .home_municipality = "Olst-Wijhe",
    .category = "matig", .indication_valid_until = "2016-03-01", .contract_minutes = 32 * 60 + 30,
    .has_salary_scale = TRUE, .salary_scale = 4, .has_salary_step = TRUE, .salary_step = 2,
    .employer = "Wezo", .employment_start = "1995-03-01",
  };
}

static gint64
add_ok (OvsStore *store, const OvsEmployeeFields *fields)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ovs_employees_add (store, fields, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
as_user (OvsStore *store, const char *name, OvsRole role)
{
  g_autoptr(GError) error = NULL;

  /* The kwartiermaker adds the user (a second add fails harmlessly), then they take over. */
  g_assert_true (ovs_store_set_user (store, "tester", &error));
  ovs_users_add (store, name, role, NULL, NULL);
  g_assert_true (ovs_store_set_user (store, name, &error));
  g_assert_no_error (error);
}

static void
test_add (OvsTestDb *db, gconstpointer data)
{
  OvsEmployeeFields f = valid_fields ("P1");
  g_autofree char *bsn = NULL;
  g_autofree char *changes = NULL;
  gint64 id = add_ok (db->store, &f);

  g_assert_cmpint (ovs_employees_find (db->store, "P1", NULL), ==, id);
  g_assert_cmpint (ovs_employees_find (db->store, " P1 ", NULL), ==, id);
  g_assert_cmpint (ovs_employees_find (db->store, "P2", NULL), ==, 0);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM home_municipality WHERE valid_from = '1995-03-01'"), ==, 1);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM indication WHERE indication_date = '1995-03-01' "
                                     "AND category = 'matig' AND valid_until = '2016-03-01'"), ==, 1);
  g_assert_cmpint (count (db->store, "SELECT contract_minutes FROM employee"), ==, 1950);
  bsn = text (db->store, "SELECT bsn FROM employee");
  g_assert_cmpstr (bsn, ==, "111222333");
  /* One audit row, with the BSN masked. */
  changes = text (db->store, "SELECT changes FROM audit_log WHERE entity = 'employee' AND action = 'insert'");
  g_assert_nonnull (strstr (changes, "\"personnel_number\":\"P1\""));
  g_assert_nonnull (strstr (changes, "*****2333"));
  g_assert_null (strstr (changes, "111222333"));
}

static void
test_employer_case_and_eight_digit_bsn (OvsTestDb *db, gconstpointer data)
{
  OvsEmployeeFields f = valid_fields ("P1");
  g_autofree char *bsn = NULL;

  f.employer = "  stichting WERKBEDRIJF ";
  f.bsn = "11222335";   /* 8 digits: a leading zero is implied (011222335 passes the elfproef) */
  add_ok (db->store, &f);
  bsn = text (db->store, "SELECT bsn FROM employee");
  g_assert_cmpstr (bsn, ==, "011222335");
  g_assert_cmpint (count (db->store, "SELECT employer_id FROM employee"), ==,
                   count (db->store, "SELECT id FROM organisation WHERE name = 'Stichting Werkbedrijf'"));
}

typedef struct
{
  const char        *name;
  void             (*mutate) (OvsEmployeeFields *f);
  OvsValidationError code;
  const char        *field;
} Invalid;

static void no_number (OvsEmployeeFields *f) { f->personnel_number = " "; }
static void no_first (OvsEmployeeFields *f) { f->first_name = NULL; }
static void no_last (OvsEmployeeFields *f) { f->last_name = ""; }
static void no_municipality (OvsEmployeeFields *f) { f->home_municipality = NULL; }
static void bad_bsn (OvsEmployeeFields *f) { f->bsn = "123456789"; }
static void short_bsn (OvsEmployeeFields *f) { f->bsn = "1234567"; }
static void eight_bad_bsn (OvsEmployeeFields *f) { f->bsn = "12345678"; }
static void licht (OvsEmployeeFields *f) { f->category = "licht"; }
static void bad_category (OvsEmployeeFields *f) { f->category = "zwaar"; }
static void no_category (OvsEmployeeFields *f) { f->category = NULL; }
static void zero_hours (OvsEmployeeFields *f) { f->contract_minutes = 0; }
static void too_many_hours (OvsEmployeeFields *f) { f->contract_minutes = 40 * 60 + 30; }
static void impossible_birth (OvsEmployeeFields *f) { f->birth_date = "1970-02-31"; }
static void garbled_start (OvsEmployeeFields *f) { f->employment_start = "maart 1995"; }
static void no_birth (OvsEmployeeFields *f) { f->birth_date = NULL; }
static void born_after_start (OvsEmployeeFields *f) { f->birth_date = "1996-01-01"; }
static void indication_ends_early (OvsEmployeeFields *f) { f->indication_valid_until = "1990-01-01"; }
static void unknown_employer (OvsEmployeeFields *f) { f->employer = "Nergens BV"; }
static void no_employer (OvsEmployeeFields *f) { f->employer = NULL; }
static void bad_type (OvsEmployeeFields *f) { f->employment_type = "detachering"; }
static void bad_scale (OvsEmployeeFields *f) { f->salary_scale = -3; }
static void duplicate (OvsEmployeeFields *f) { f->personnel_number = "P1"; }

static const Invalid invalid_cases[] = {
  { "no personnel number", no_number, OVS_VALIDATION_ERROR_REQUIRED, "personeelsnummer" },
  { "no first name", no_first, OVS_VALIDATION_ERROR_REQUIRED, "voornaam" },
  { "no last name", no_last, OVS_VALIDATION_ERROR_REQUIRED, "achternaam" },
  { "no home municipality", no_municipality, OVS_VALIDATION_ERROR_REQUIRED, "woongemeente" },
  { "elfproef", bad_bsn, OVS_VALIDATION_ERROR_INVALID_BSN, "bsn" },
  { "7-digit BSN", short_bsn, OVS_VALIDATION_ERROR_INVALID_BSN, "bsn" },
  { "8-digit BSN failing the elfproef", eight_bad_bsn, OVS_VALIDATION_ERROR_INVALID_BSN, "bsn" },
  { "licht", licht, OVS_VALIDATION_ERROR_NOT_ELIGIBLE, "arbeidshandicap" },
  { "unknown category", bad_category, OVS_VALIDATION_ERROR_INVALID_CATEGORY, "arbeidshandicap" },
  { "Wsw without indication", no_category, OVS_VALIDATION_ERROR_REQUIRED, "arbeidshandicap" },
  { "0 hours", zero_hours, OVS_VALIDATION_ERROR_OUT_OF_RANGE, "contracturen" },
  { "40.5 hours", too_many_hours, OVS_VALIDATION_ERROR_OUT_OF_RANGE, "contracturen" },
  { "31 February", impossible_birth, OVS_VALIDATION_ERROR_INVALID_DATE, "geboortedatum" },
  { "not a date", garbled_start, OVS_VALIDATION_ERROR_INVALID_DATE, "in_dienst_sinds" },
  { "no birth date", no_birth, OVS_VALIDATION_ERROR_REQUIRED, "geboortedatum" },
  { "born after start", born_after_start, OVS_VALIDATION_ERROR_DATE_ORDER, "geboortedatum" },
  { "indication ends before it starts", indication_ends_early, OVS_VALIDATION_ERROR_DATE_ORDER,
    "indicatie_geldig_tot" },
  { "unknown employer", unknown_employer, OVS_VALIDATION_ERROR_UNKNOWN_ORGANISATION, "werkgever" },
  { "no employer", no_employer, OVS_VALIDATION_ERROR_REQUIRED, "werkgever" },
  { "unknown employment type", bad_type, OVS_VALIDATION_ERROR_INVALID_VALUE, "dienstverband" },
  { "negative scale", bad_scale, OVS_VALIDATION_ERROR_OUT_OF_RANGE, "schaal" },
  { "duplicate personnel number", duplicate, OVS_VALIDATION_ERROR_DUPLICATE, "personeelsnummer" },
};

static void
test_validation (OvsTestDb *db, gconstpointer data)
{
  OvsEmployeeFields first = valid_fields ("P1");

  add_ok (db->store, &first);
  for (guint i = 0; i < G_N_ELEMENTS (invalid_cases); i++)
    {
      OvsEmployeeFields f = valid_fields ("P2");
      g_autoptr(GError) error = NULL;
      const char *field = NULL;

      g_test_message ("case: %s", invalid_cases[i].name);
      invalid_cases[i].mutate (&f);
      g_assert_cmpint (ovs_employees_add (db->store, &f, &field, &error), ==, 0);
      g_assert_error (error, OVS_VALIDATION_ERROR, (int) invalid_cases[i].code);
      g_assert_cmpstr (field, ==, invalid_cases[i].field);
      g_assert_cmpstr (error->message, !=, "");
    }
  /* Nothing half-written. */
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM employee"), ==, 1);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM indication"), ==, 1);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM home_municipality"), ==, 1);
}

static void
test_messages_name_value (OvsTestDb *db, gconstpointer data)
{
  OvsEmployeeFields f = valid_fields ("P1");
  g_autoptr(GError) error = NULL;

  f.employer = "Nergens BV";
  ovs_employees_add (db->store, &f, NULL, &error);
  g_assert_nonnull (strstr (error->message, "Nergens BV"));
  g_clear_error (&error);
  f = valid_fields ("P1");
  f.birth_date = "1970-02-31";
  ovs_employees_add (db->store, &f, NULL, &error);
  g_assert_nonnull (strstr (error->message, "1970-02-31"));
  g_assert_nonnull (strstr (error->message, "birth date"));
}

static void
test_new_sheltered (OvsTestDb *db, gconstpointer data)
{
  OvsEmployeeFields f = valid_fields ("NB1");
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) due = NULL;
  g_autoptr(OvsEmployee) employee = NULL;
  gint64 id;

  f.employment_type = "new_sheltered";
  f.category = NULL;
  f.indication_valid_until = NULL;
  f.employment_start = "2015-06-01";
  id = add_ok (db->store, &f);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM indication"), ==, 0);
  employee = ovs_employees_get (db->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ovs_employee_get_text (employee, OVS_EMPLOYEE_EMPLOYMENT_TYPE), ==, "new_sheltered");

  /* Even with an indication that ends soon, nieuw beschut is never a Wsw re-indication. */
  f = valid_fields ("NB2");
  f.employment_type = "nieuw beschut";
  f.indication_valid_until = "2020-01-01";
  add_ok (db->store, &f);
  g_setenv ("OVERSTAP_TODAY", "2019-12-01", TRUE);
  due = ovs_employees_reindications (db->store, 52, &error);
  g_unsetenv ("OVERSTAP_TODAY");
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (due), ==, 0);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM employee WHERE employment_type = 'wsw'"), ==, 0);
}

static void
test_update_history_and_audit (OvsTestDb *db, gconstpointer data)
{
  OvsEmployeeFields f = valid_fields ("P1");
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *changes = NULL;
  g_autofree char *current = NULL;
  JsonObject *object;
  gint64 id = add_ok (db->store, &f);
  gint64 audits = count (db->store, "SELECT count(*) FROM audit_log");

  g_setenv ("OVERSTAP_TODAY", "2014-06-02", TRUE);
  /* No change: no audit row. */
  g_assert_true (ovs_employees_update (db->store, id, &f, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM audit_log"), ==, audits);

  f.home_municipality = "Deventer";
  f.contract_minutes = 36 * 60;
  f.indication_valid_until = "2019-03-01";
  g_assert_true (ovs_employees_update (db->store, id, &f, NULL, &error));
  g_assert_no_error (error);
  g_unsetenv ("OVERSTAP_TODAY");

  g_assert_cmpint (count (db->store, "SELECT count(*) FROM home_municipality"), ==, 2);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM home_municipality WHERE valid_from = '2014-06-02' "
                                     "AND municipality = 'Deventer'"), ==, 1);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM indication"), ==, 2);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM indication WHERE indication_date = '2014-06-02' "
                                     "AND valid_until = '2019-03-01'"), ==, 1);
  changes = text (db->store, "SELECT changes FROM audit_log WHERE action = 'update' ORDER BY id DESC");
  g_assert_true (json_parser_load_from_data (parser, changes, -1, NULL));
  object = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpint (json_object_get_int_member (object, "contract_minutes"), ==, 2160);
  g_assert_cmpstr (json_object_get_string_member (object, "home_municipality"), ==, "Deventer");
  g_assert_cmpstr (json_object_get_string_member (object, "indication_valid_until"), ==, "2019-03-01");
  g_assert_false (json_object_has_member (object, "first_name"));
  g_assert_false (json_object_has_member (object, "bsn"));
  g_assert_false (json_object_has_member (object, "salary_scale"));

  /* The list shows the current values. */
  {
    g_autoptr(OvsEmployee) employee = ovs_employees_get (db->store, id, &error);

    current = g_strdup (ovs_employee_get_text (employee, OVS_EMPLOYEE_HOME_MUNICIPALITY));
    g_assert_cmpstr (current, ==, "Deventer");
    g_assert_cmpstr (ovs_employee_get_text (employee, OVS_EMPLOYEE_INDICATION_VALID_UNTIL), ==, "2019-03-01");
    g_assert_cmpfloat (ovs_employee_get_contract_hours (employee), ==, 36.0);
  }
}

static void
test_update_duplicate_and_unknown (OvsTestDb *db, gconstpointer data)
{
  OvsEmployeeFields a = valid_fields ("P1");
  OvsEmployeeFields b = valid_fields ("P2");
  g_autoptr(GError) error = NULL;
  const char *field = NULL;
  gint64 id;

  add_ok (db->store, &a);
  id = add_ok (db->store, &b);
  /* A renewal dated today that ended before today is refused; with its own date it is history. */
  g_setenv ("OVERSTAP_TODAY", "2014-06-02", TRUE);
  b.indication_valid_until = "2013-01-01";
  g_assert_false (ovs_employees_update (db->store, id, &b, &field, &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DATE_ORDER);
  g_assert_cmpstr (field, ==, "indicatie_geldig_tot");
  g_clear_error (&error);
  b.indication_date = "2010-01-01";
  g_assert_true (ovs_employees_update (db->store, id, &b, &field, &error));
  g_assert_no_error (error);
  g_unsetenv ("OVERSTAP_TODAY");
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM indication WHERE indication_date = '2010-01-01'"), ==, 1);
  b.personnel_number = "P1";
  g_assert_false (ovs_employees_update (db->store, id, &b, &field, &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DUPLICATE);
  g_assert_cmpstr (field, ==, "personeelsnummer");
  g_clear_error (&error);
  g_assert_false (ovs_employees_update (db->store, 999, &a, NULL, &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_UNKNOWN_EMPLOYEE);
}

static void
test_load_fields_roundtrip (OvsTestDb *db, gconstpointer data)
{
  OvsEmployeeFields f = valid_fields ("P1");
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsEmployeeFields) loaded = NULL;
  gint64 id = add_ok (db->store, &f);
  gint64 audits = count (db->store, "SELECT count(*) FROM audit_log");

  loaded = ovs_employees_load_fields (db->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (loaded->employer, ==, "Wezo");
  g_assert_cmpstr (loaded->category, ==, "matig");
  g_assert_cmpint (loaded->contract_minutes, ==, 1950);
  /* Unchanged fields write nothing. */
  g_assert_true (ovs_employees_update (db->store, id, loaded, NULL, &error));
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM audit_log"), ==, audits);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM indication"), ==, 1);
}

static void
test_roles (OvsTestDb *db, gconstpointer data)
{
  OvsEmployeeFields f = valid_fields ("P1");
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsEmployee) employee = NULL;
  g_autoptr(JsonArray) list = NULL;
  g_autoptr(JsonArray) qualifications = NULL;
  JsonObject *row;
  gint64 id = add_ok (db->store, &f);

  g_assert_true (ovs_employees_add_wage_value (db->store, id, "2014-01-10", "Dariuz", 45.5, &error) > 0);
  g_assert_true (ovs_employees_set_status (db->store, id, "sick", &error));
  /* A teamleider sees the people of their own crews only (privacy per role): P1 is in tl's crew. */
  g_assert_true (ovs_store_exec (db->store, "INSERT INTO crew (id, name) VALUES (90, 'Eigen');"
                                            "INSERT INTO crew_membership (crew_id, employee_id, start_date) "
                                            "VALUES (90, 1, '2000-01-01');", NULL));
  g_assert_cmpint (ovs_users_add (db->store, "tl", OVS_ROLE_TEAMLEIDER, "Eigen", &error), >, 0);

  as_user (db->store, "tl", OVS_ROLE_TEAMLEIDER);
  employee = ovs_employees_get (db->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ovs_employee_get_text (employee, OVS_EMPLOYEE_BSN), ==, "");
  /* Not even the masked BSN for a teamleider (it was "*****2333" before privacy per role). */
  g_assert_cmpstr (ovs_employee_get_text (employee, OVS_EMPLOYEE_BSN_MASKED), ==, "");
  g_assert_cmpstr (ovs_employee_get_text (employee, OVS_EMPLOYEE_CATEGORY), ==, "");
  g_assert_cmpstr (ovs_employee_get_text (employee, OVS_EMPLOYEE_INDICATION_VALID_UNTIL), ==, "");
  g_assert_cmpstr (ovs_employee_get_text (employee, OVS_EMPLOYEE_REINDICATION_DEADLINE), ==, "");
  g_assert_cmpstr (ovs_employee_get_status (employee), ==, "absent");
  list = ovs_employees_list_json (db->store, &error);
  row = json_array_get_object_element (list, 0);
  g_assert_true (json_object_get_null_member (row, "bsn"));
  g_assert_true (json_object_get_null_member (row, "category"));

  g_assert_null (ovs_employees_list_wage_values (db->store, id, &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_null (ovs_employees_list_indications (db->store, id, &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_null (ovs_employees_reindications (db->store, 10, &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  f = valid_fields ("P9");
  g_assert_cmpint (ovs_employees_add (db->store, &f, NULL, &error), ==, 0);
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  f.personnel_number = "P1";
  g_assert_false (ovs_employees_update (db->store, id, &f, NULL, &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_false (ovs_employees_end (db->store, id, "2015-01-01", &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  /* Qualifications are visible to team leaders, but not theirs to change. */
  qualifications = ovs_employees_list_qualifications (db->store, id, &error);
  g_assert_nonnull (qualifications);
  g_assert_cmpint (ovs_employees_add_qualification (db->store, id, "licence_b", NULL, NULL, NULL, &error), ==, 0);
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);

  as_user (db->store, "hanna", OVS_ROLE_HR);
  g_clear_object (&employee);
  employee = ovs_employees_get (db->store, id, &error);
  g_assert_cmpstr (ovs_employee_get_text (employee, OVS_EMPLOYEE_BSN), ==, "111222333");
  g_assert_cmpstr (ovs_employee_get_text (employee, OVS_EMPLOYEE_CATEGORY), ==, "matig");
  g_assert_cmpstr (ovs_employee_get_status (employee), ==, "sick");
  f = valid_fields ("P9");
  add_ok (db->store, &f);
  g_assert_true (ovs_employees_end (db->store, id, "2015-01-01", &error));
  g_assert_no_error (error);
}

/* The employee a person means in a form: their personnel number, else a part of exactly one name. */
static void
test_lookup (OvsTestDb *db, gconstpointer data)
{
  OvsEmployeeFields f = valid_fields ("P1");
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsStore) anonymous = NULL;
  gint64 anna = add_ok (db->store, &f), zoe, bram;

  f = valid_fields ("P2");
  f.first_name = "Zoë", f.name_prefix = NULL, f.last_name = "Berg", f.bsn = NULL;
  zoe = add_ok (db->store, &f);
  f = valid_fields ("1001");
  f.first_name = "Bram", f.name_prefix = NULL, f.last_name = "Bakker", f.bsn = NULL;
  bram = add_ok (db->store, &f);

  /* An exact personnel number, blanks around it ignored. */
  g_assert_cmpint (ovs_employees_lookup (db->store, "P2", &error), ==, zoe);
  g_assert_cmpint (ovs_employees_lookup (db->store, " 1001 ", &error), ==, bram);
  /* A part of one name as it is written, in any case. */
  g_assert_cmpint (ovs_employees_lookup (db->store, "van der bak", &error), ==, anna);
  g_assert_cmpint (ovs_employees_lookup (db->store, "ZOË", &error), ==, zoe);
  g_assert_cmpint (ovs_employees_lookup (db->store, "bram bakker ", &error), ==, bram);
  g_assert_no_error (error);

  /* A part of several names: refused, naming the text. */
  g_assert_cmpint (ovs_employees_lookup (db->store, "Bakker", &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_UNKNOWN_EMPLOYEE);
  g_assert_nonnull (strstr (error->message, "“Bakker” fits several employees"));
  g_clear_error (&error);
  /* Nobody: the other message, naming the text too. */
  g_assert_cmpint (ovs_employees_lookup (db->store, "Jansen", &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_UNKNOWN_EMPLOYEE);
  g_assert_nonnull (strstr (error->message, "No employee has the personnel number or name “Jansen”"));
  g_clear_error (&error);
  g_assert_cmpint (ovs_employees_lookup (db->store, " ", &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED);
  g_clear_error (&error);
  g_assert_cmpint (ovs_employees_lookup (db->store, NULL, &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED);
  g_clear_error (&error);

  /* A teamleider finds the people of their own crews the same way (anna, in crew Eigen), and nobody
   * else: a number or name outside their crews reads as unknown, so that a form does not tell them
   * who works here or what their number is (privacy per role; before, "P2" and "berg" found zoe). */
  g_assert_true (ovs_store_exec (db->store, "INSERT INTO crew (id, name) VALUES (90, 'Eigen');"
                                            "INSERT INTO crew_membership (crew_id, employee_id, start_date) "
                                            "VALUES (90, 1, '2000-01-01');", NULL));
  g_assert_cmpint (ovs_users_add (db->store, "tl", OVS_ROLE_TEAMLEIDER, "Eigen", &error), >, 0);
  as_user (db->store, "tl", OVS_ROLE_TEAMLEIDER);
  g_assert_cmpint (ovs_employees_lookup (db->store, "P1", &error), ==, anna);
  g_assert_cmpint (ovs_employees_lookup (db->store, "bakker", &error), ==, anna);
  g_assert_no_error (error);
  g_assert_cmpint (ovs_employees_lookup (db->store, "P2", &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_UNKNOWN_EMPLOYEE);
  g_assert_nonnull (strstr (error->message, "No employee has the personnel number or name “P2”"));
  g_clear_error (&error);
  g_assert_cmpint (ovs_employees_lookup (db->store, "berg", &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_UNKNOWN_EMPLOYEE);
  g_assert_nonnull (strstr (error->message, "No employee has the personnel number or name “berg”"));
  g_clear_error (&error);
  g_assert_cmpint (ovs_employees_lookup (db->store, "bram bakker", &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_UNKNOWN_EMPLOYEE);
  g_clear_error (&error);
  /* Without a user there is no role, and no list to look in. */
  anonymous = ovs_store_open (db->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ovs_employees_lookup (anonymous, "P1", &error), ==, 0);
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
}

static void
test_end_keeps_row (OvsTestDb *db, gconstpointer data)
{
  OvsEmployeeFields f = valid_fields ("P1");
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsEmployee) employee = NULL;
  gint64 id = add_ok (db->store, &f);

  g_assert_false (ovs_employees_end (db->store, id, "1990-01-01", &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DATE_ORDER);
  g_clear_error (&error);
  g_assert_false (ovs_employees_end (db->store, id, "2015-02-30", &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_DATE);
  g_clear_error (&error);
  g_assert_true (ovs_employees_end (db->store, id, "31-12-2014", &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM employee"), ==, 1);
  employee = ovs_employees_get (db->store, id, &error);
  g_assert_cmpstr (ovs_employee_get_status (employee), ==, "ended");
  g_assert_cmpstr (ovs_employee_get_text (employee, OVS_EMPLOYEE_EMPLOYMENT_END), ==, "2014-12-31");
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM audit_log WHERE action = 'end' AND entity = 'employee'"),
                   ==, 1);
  /* An ended employment has no status changes. */
  g_assert_false (ovs_employees_set_status (db->store, id, "active", &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE);
}

static void
test_status (OvsTestDb *db, gconstpointer data)
{
  OvsEmployeeFields f = valid_fields ("P1");
  g_autoptr(GError) error = NULL;
  gint64 id = add_ok (db->store, &f);

  g_assert_true (ovs_employees_set_status (db->store, id, "on_leave", &error));
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM employee WHERE status = 'on_leave'"), ==, 1);
  g_assert_false (ovs_employees_set_status (db->store, id, "ended", &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE);
}

static void
test_histories (OvsTestDb *db, gconstpointer data)
{
  OvsEmployeeFields f = valid_fields ("P1");
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) indications = NULL;
  g_autoptr(JsonArray) wages = NULL;
  g_autoptr(JsonArray) quals = NULL;
  g_autoptr(JsonArray) places = NULL;
  gint64 id = add_ok (db->store, &f), qid;

  g_assert_cmpint (ovs_employees_add_indication (db->store, id, "ernstig", "2016-02-01", "2019-02-01", &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (ovs_employees_add_indication (db->store, id, "ernstig", "2016-02-01", NULL, &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_cmpint (ovs_employees_add_indication (db->store, id, "licht", "2017-02-01", NULL, &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_NOT_ELIGIBLE);
  g_clear_error (&error);
  indications = ovs_employees_list_indications (db->store, id, &error);
  g_assert_cmpuint (json_array_get_length (indications), ==, 2);
  g_assert_true (json_object_get_boolean_member (json_array_get_object_element (indications, 1), "is_current"));
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (indications, 1),
                                                  "reindication_deadline"), ==, "2018-10-12");

  g_assert_cmpint (ovs_employees_add_wage_value (db->store, id, "2014-01-10", "Dariuz", 101, &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  g_assert_cmpint (ovs_employees_add_wage_value (db->store, id, "2014-01-10", "Dariuz", 55.5, &error), >, 0);
  wages = ovs_employees_list_wage_values (db->store, id, &error);
  g_assert_cmpfloat (json_object_get_double_member (json_array_get_object_element (wages, 0), "percentage"), ==, 55.5);

  g_assert_cmpint (ovs_employees_add_qualification (db->store, id, "machine", NULL, NULL, NULL, &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED);
  g_clear_error (&error);
  g_assert_cmpint (ovs_employees_add_qualification (db->store, id, "licence_z", NULL, NULL, NULL, &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  qid = ovs_employees_add_qualification (db->store, id, "machine", "bosmaaier", "2010-04-01", NULL, &error);
  g_assert_cmpint (qid, >, 0);
  g_assert_false (ovs_employees_end_qualification (db->store, qid, "2009-01-01", &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DATE_ORDER);
  g_clear_error (&error);
  g_setenv ("OVERSTAP_TODAY", "2014-06-01", TRUE);
  g_assert_true (ovs_employees_end_qualification (db->store, qid, "2014-05-31", &error));
  quals = ovs_employees_list_qualifications (db->store, id, &error);
  g_unsetenv ("OVERSTAP_TODAY");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (quals, 0), "valid_until"), ==,
                   "2014-05-31");
  g_assert_false (json_object_get_boolean_member (json_array_get_object_element (quals, 0), "is_valid"));

  g_assert_true (ovs_employees_set_home_municipality (db->store, id, "Raalte", "2013-01-01", &error));
  places = ovs_employees_list_home_municipalities (db->store, id, &error);
  g_assert_cmpuint (json_array_get_length (places), ==, 2);
  g_assert_true (json_object_get_boolean_member (json_array_get_object_element (places, 1), "is_current"));
}

static gint64
add_indicated (OvsStore *store, const char *number, const char *last, const char *valid_until)
{
  OvsEmployeeFields f = valid_fields (number);

  f.last_name = last;
  f.indication_valid_until = valid_until;
  return add_ok (store, &f);
}

static void
test_reindications (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) due = NULL;
  g_autoptr(JsonArray) soon = NULL;
  JsonObject *row;
  gint64 renewed;

  g_setenv ("OVERSTAP_TODAY", "2014-06-02", TRUE);
  add_indicated (db->store, "OVER", "Overdue", "2014-08-01");     /* deadline 2014-04-11: 52 days late */
  add_indicated (db->store, "SOON", "Soon", "2014-10-20");        /* deadline 2014-06-30: in 28 days */
  add_indicated (db->store, "LATER", "Later", "2015-06-01");      /* deadline 2015-02-09: not yet */
  add_indicated (db->store, "OPEN", "Open", NULL);                /* open-ended: never */
  renewed = add_indicated (db->store, "RENEW", "Renewed", "2014-07-01");
  g_assert_cmpint (ovs_employees_add_indication (db->store, renewed, "matig", "2014-05-01", "2017-05-01", &error),
                   >, 0);                                         /* only the current indication counts */
  g_assert_true (ovs_employees_end (db->store, add_indicated (db->store, "GONE", "Gone", "2014-07-01"),
                                    "2014-05-31", &error));       /* ended: not listed */

  due = ovs_employees_reindications (db->store, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (due), ==, 1);
  row = json_array_get_object_element (due, 0);
  g_assert_cmpstr (json_object_get_string_member (row, "personnel_number"), ==, "OVER");
  g_assert_cmpstr (json_object_get_string_member (row, "deadline"), ==, "2014-04-11");
  g_assert_cmpint (json_object_get_int_member (row, "days_left"), ==, -52);
  g_assert_cmpstr (json_object_get_string_member (row, "name"), ==, "Overdue, Anna van der");

  soon = ovs_employees_reindications (db->store, 4, &error);
  g_assert_cmpuint (json_array_get_length (soon), ==, 2);
  row = json_array_get_object_element (soon, 1);
  g_assert_cmpstr (json_object_get_string_member (row, "personnel_number"), ==, "SOON");
  g_assert_cmpint (json_object_get_int_member (row, "days_left"), ==, 28);
  g_clear_pointer (&soon, json_array_unref);
  soon = ovs_employees_reindications (db->store, 3, &error);
  g_assert_cmpuint (json_array_get_length (soon), ==, 1);
  g_assert_null (ovs_employees_reindications (db->store, -1, &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE);
  g_unsetenv ("OVERSTAP_TODAY");
}

static void
test_row_properties (OvsTestDb *db, gconstpointer data)
{
  OvsEmployeeFields f = valid_fields ("P1");
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsEmployee) employee = NULL;
  g_autofree char *display = NULL;
  g_autofree char *search = NULL;
  double hours;
  int scale;
  gint64 id = add_ok (db->store, &f);

  g_assert_true (ovs_store_exec (db->store,
    "INSERT INTO crew (name) VALUES ('Groen Noord');"
    "INSERT INTO crew_membership (crew_id, employee_id, start_date) VALUES (1, 1, '2014-01-01');"
    "INSERT INTO transfer_case (employee_id, from_org_id, destination, status) VALUES (1, 1, 'foundation', 'offered');",
    NULL));
  employee = ovs_employees_get (db->store, id, &error);
  g_object_get (employee, "display-name", &display, "search-key", &search, "contract-hours", &hours,
                "salary-scale", &scale, NULL);
  g_assert_cmpstr (display, ==, "Bakker, Anna van der");
  g_assert_cmpstr (search, ==, "anna van der bakker bakker p1");
  g_assert_cmpfloat (hours, ==, 32.5);
  g_assert_cmpint (scale, ==, 4);
  g_assert_cmpstr (ovs_employee_get_text (employee, OVS_EMPLOYEE_CREW_NAME), ==, "Groen Noord");
  g_assert_cmpstr (ovs_employee_get_text (employee, OVS_EMPLOYEE_TRANSFER_STATUS), ==, "offered");
  g_assert_cmpstr (ovs_employee_get_text (employee, OVS_EMPLOYEE_REINDICATION_DEADLINE), ==, "2015-11-10");
  g_assert_cmpstr (ovs_employee_get_text (employee, OVS_EMPLOYEE_EMPLOYER_NAME), ==, "Wezo");
  g_assert_null (ovs_employees_get (db->store, 4242, NULL));
}

/* 20,000 employees added in one outer transaction (as the importer does), then listed. */
static void
test_twenty_thousand (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();
  double add_seconds, list_seconds;
  const int n = 20000;

  g_assert_true (ovs_store_begin (db->store, &error));
  for (int i = 0; i < n; i++)
    {
      g_autofree char *number = g_strdup_printf ("N%05d", i);
      g_autofree char *last = g_strdup_printf ("Naam%05d", (i * 7919) % n);
      OvsEmployeeFields f = valid_fields (number);

      f.last_name = last;
      f.bsn = NULL;
      f.employer = i % 2 ? "wezo" : "LARCOM";
      add_ok (db->store, &f);
    }
  g_assert_true (ovs_store_commit (db->store, &error));
  add_seconds = g_timer_elapsed (timer, NULL);

  g_timer_start (timer);
  list = ovs_employees_list (db->store, &error);
  list_seconds = g_timer_elapsed (timer, NULL);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, n);
  {
    g_autoptr(OvsEmployee) first = g_list_model_get_item (G_LIST_MODEL (list), 0);

    g_assert_cmpstr (ovs_employee_get_text (first, OVS_EMPLOYEE_LAST_NAME), ==, "Naam00000");
  }
  g_test_message ("20,000 adds in one transaction: %.2f s; list of 20,000: %.3f s", add_seconds, list_seconds);
  g_printerr ("# timing: %d adds %.2f s, list %.3f s\n", n, add_seconds, list_seconds);
  /* Generous bounds: a slow machine may take several times longer than the measured figures. On
   * PostgreSQL every statement is a round trip to the server (about 15 per add, with savepoints). */
  g_assert_cmpfloat (add_seconds, <, ovs_test_is_pg () ? 90 : 30);
  g_assert_cmpfloat (list_seconds, <, 10);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_unsetenv ("OVERSTAP_TODAY");

  OVS_TEST_DB ("/employees/add", test_add);
  OVS_TEST_DB ("/employees/employer-case-and-8-digit-bsn", test_employer_case_and_eight_digit_bsn);
  OVS_TEST_DB ("/employees/validation", test_validation);
  OVS_TEST_DB ("/employees/messages", test_messages_name_value);
  OVS_TEST_DB ("/employees/new-sheltered", test_new_sheltered);
  OVS_TEST_DB ("/employees/update", test_update_history_and_audit);
  OVS_TEST_DB ("/employees/update-invalid", test_update_duplicate_and_unknown);
  OVS_TEST_DB ("/employees/load-fields", test_load_fields_roundtrip);
  OVS_TEST_DB ("/employees/roles", test_roles);
  OVS_TEST_DB ("/employees/lookup", test_lookup);
  OVS_TEST_DB ("/employees/end", test_end_keeps_row);
  OVS_TEST_DB ("/employees/status", test_status);
  OVS_TEST_DB ("/employees/histories", test_histories);
  OVS_TEST_DB ("/employees/reindications", test_reindications);
  OVS_TEST_DB ("/employees/row", test_row_properties);
  OVS_TEST_DB ("/employees/twenty-thousand", test_twenty_thousand);
  return g_test_run ();
}

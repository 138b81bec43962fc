/* test-dataset.c — loading and validating comparison datasets
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sw-dataset.h"
#include "sw-test.h"

typedef struct
{
  const char     *file;
  SwDatasetError  code;
  const char     *message;
} BadFile;

/* One file per failure kind, in tests/data/bad-datasets/. */
static const BadFile bad_files[] = {
  { "not-json.json", SW_DATASET_ERROR_NOT_JSON,
    "not-json.json:3:16: not valid JSON: unexpected string constant \"broken\", "
    "expected character “,”" },
  { "empty.json", SW_DATASET_ERROR_NOT_JSON,
    "empty.json: the file is empty; a dataset is a JSON object" },
  { "not-utf8.json", SW_DATASET_ERROR_NOT_JSON,
    "not-utf8.json:4:16: the file is not UTF-8 text; save it with the UTF-8 encoding" },
  { "wrong-shape.json", SW_DATASET_ERROR_SHAPE,
    "wrong-shape.json: at technologies: expected a list, found an object" },
  { "missing-field.json", SW_DATASET_ERROR_MISSING_FIELD,
    "missing-field.json: at technologies[1]: the required field “summary” is missing" },
  { "missing-fit.json", SW_DATASET_ERROR_MISSING_FIELD,
    "missing-fit.json: at fits.nodejs: the fit for criterion “learning” is missing" },
  { "duplicate-id.json", SW_DATASET_ERROR_DUPLICATE_ID,
    "duplicate-id.json: at criteria[2].id: the id “realtime” is used twice (also at criteria[0])" },
  { "unknown-criterion.json", SW_DATASET_ERROR_UNKNOWN_REFERENCE,
    "unknown-criterion.json: at fits.python: criterion “speed” is not one of this dataset's "
    "criteria (realtime, data_ml, learning)" },
  { "unknown-technology.json", SW_DATASET_ERROR_UNKNOWN_REFERENCE,
    "unknown-technology.json: at sections[0].blocks[1].items[0].technology: technology “go” "
    "is not one of this dataset's technologies (python, nodejs)" },
  { "unknown-preset.json", SW_DATASET_ERROR_UNKNOWN_REFERENCE,
    "unknown-preset.json: at sections[0].blocks[2].rows[0][0].preset: preset “big-bank” "
    "is not one of this dataset's presets (live-app)" },
  { "out-of-range.json", SW_DATASET_ERROR_OUT_OF_RANGE,
    "out-of-range.json: at fits.nodejs.realtime.value: the fit must be between 0 and 10, not 12" },
  { "low-above-value.json", SW_DATASET_ERROR_OUT_OF_RANGE,
    "low-above-value.json: at fits.python.learning.low: the low end (9.5) must not be above "
    "the value (9)" },
  { "one-technology.json", SW_DATASET_ERROR_OUT_OF_RANGE,
    "one-technology.json: at technologies: there must be 2 to 8 technologies, not 1" },
  { "table-row-width.json", SW_DATASET_ERROR_OUT_OF_RANGE,
    "table-row-width.json: at sections[0].blocks[2].rows[0]: this row has 1 cell, "
    "but the table has 2 columns" },
  { "newer-format.json", SW_DATASET_ERROR_NEWER_FORMAT,
    "newer-format.json: made for a newer version of Stackwise (format 2; "
    "this version reads format 1)" },
  { "bad-color.json", SW_DATASET_ERROR_SHAPE,
    "bad-color.json: at technologies[0].color: “blue” is not a color; write it as #rrggbb, "
    "for example #3572a5" },
  { "bad-id.json", SW_DATASET_ERROR_SHAPE,
    "bad-id.json: at technologies[1].id: “Node.js” is not a valid id: use at most 64 lowercase "
    "letters, digits, “-” and “_”, starting with a letter or digit" },
  { "unknown-block-type.json", SW_DATASET_ERROR_SHAPE,
    "unknown-block-type.json: at sections[0].blocks[0].type: “diagram” is not a block type; "
    "the types are paragraph, heading, facts, list, compare, columns, pros-cons, chart, table" },
};

typedef struct
{
  const char     *name;
  const char     *from;   /* a snippet of tests/data/minimal.json, or NULL for all of it … */
  const char     *to;     /* … replaced by this */
  SwDatasetError  code;
  const char     *message;
} Edit;

/* Small edits of a valid dataset, for the rules no bad file shows. */
static const Edit edits[] = {
  { "blank-text", "\"Two technologies.\"", "\" \t\"", SW_DATASET_ERROR_SHAPE,
    "edited.json: at sections[0].blocks[0].text: the text is empty" },
  { "format-zero", "\"format\": 1", "\"format\": 0", SW_DATASET_ERROR_OUT_OF_RANGE,
    "edited.json: at format: there is no format 0; this version reads format 1" },
  { "format-fraction", "\"format\": 1", "\"format\": 1.5", SW_DATASET_ERROR_SHAPE,
    "edited.json: at format: the format must be a whole number, not 1.5" },
  { "no-format", "\"format\": 1,", "", SW_DATASET_ERROR_MISSING_FIELD,
    "edited.json: the required field “format” is missing" },
  { "null-required", "\"title\": \"A small dataset\"", "\"title\": null", SW_DATASET_ERROR_SHAPE,
    "edited.json: at title: expected text, found null" },
  { "fact-value-number", "\"value\": \"1991\"", "\"value\": 1991", SW_DATASET_ERROR_SHAPE,
    "edited.json: at sections[0].blocks[1].items[0].value: expected text, found a number" },
  { "high-below-value", "\"high\": 5", "\"high\": 3.5", SW_DATASET_ERROR_OUT_OF_RANGE,
    "edited.json: at fits.python.realtime.high: the high end (3.5) must not be below the value (4)" },
  { "weight-out-of-range", "\"realtime\": 10", "\"realtime\": -1", SW_DATASET_ERROR_OUT_OF_RANGE,
    "edited.json: at presets[0].weights.realtime: the weight must be between 0 and 10, not -1" },
  { "weight-missing", "\"realtime\": 10,", "", SW_DATASET_ERROR_MISSING_FIELD,
    "edited.json: at presets[0].weights: the weight for criterion “realtime” is missing" },
  { "expected-unknown", "\"expected\": \"nodejs\"", "\"expected\": \"rust\"",
    SW_DATASET_ERROR_UNKNOWN_REFERENCE, "edited.json: at presets[0].expected: technology “rust” "
    "is not one of this dataset's technologies (python, nodejs)" },
  { "no-blocks", "\"blocks\": [", "\"blocks\": [], \"old\": [", SW_DATASET_ERROR_OUT_OF_RANGE,
    "edited.json: at sections[0].blocks: there must be at least one of the blocks, "
    "but the list is empty" },
  { "chart-scale", "\"type\": \"paragraph\"",
    "\"type\": \"chart\", \"title\": \"Speed\", \"unit\": \"requests\", \"scale\": \"log\", "
    "\"bars\": [{\"technology\": \"python\", \"low\": 1, \"label\": \"1\"}]",
    SW_DATASET_ERROR_SHAPE, "edited.json: at sections[0].blocks[0].scale: the scale “log” is "
    "unknown; this version knows only “linear”" },
  { "chart-high-below-low", "\"type\": \"paragraph\"",
    "\"type\": \"chart\", \"title\": \"Speed\", \"unit\": \"requests\", "
    "\"bars\": [{\"technology\": \"python\", \"low\": 10, \"high\": 5, \"label\": \"5–10\"}]",
    SW_DATASET_ERROR_OUT_OF_RANGE, "edited.json: at sections[0].blocks[0].bars[0].high: "
    "the high figure must be 10 or more, not 5" },
  { "compare-missing-value", "\"type\": \"paragraph\"",
    "\"type\": \"compare\", \"rows\": [{\"label\": \"Speed\", \"values\": {\"python\": \"ok\"}}]",
    SW_DATASET_ERROR_MISSING_FIELD, "edited.json: at sections[0].blocks[0].rows[0].values: "
    "the value for technology “nodejs” is missing" },
  { "columns-empty", "\"type\": \"paragraph\"", "\"type\": \"columns\", \"columns\": {}",
    SW_DATASET_ERROR_OUT_OF_RANGE, "edited.json: at sections[0].blocks[0].columns: "
    "there must be an entry for at least one technology" },
  { "pros-cons-unknown", "\"type\": \"paragraph\"",
    "\"type\": \"pros-cons\", \"technologies\": {\"java\": {\"pros\": [], \"cons\": []}}",
    SW_DATASET_ERROR_UNKNOWN_REFERENCE, "edited.json: at sections[0].blocks[0].technologies: "
    "technology “java” is not one of this dataset's technologies (python, nodejs)" },
  { "pros-not-text", "\"type\": \"paragraph\"",
    "\"type\": \"pros-cons\", \"technologies\": {\"python\": {\"pros\": [1], \"cons\": []}}",
    SW_DATASET_ERROR_SHAPE, "edited.json: at sections[0].blocks[0].technologies.python.pros[0]: "
    "expected text, found a number" },
  { "root-list", NULL, "[1, 2]", SW_DATASET_ERROR_SHAPE,
    "edited.json: a dataset is one JSON object ({ … }), but this file holds a list" },
  { "cut-off", NULL, "{\"format\": 1, \"id\": \"sma", SW_DATASET_ERROR_TRUNCATED,
    "edited.json: the file ends too early; it may have been cut off while it was saved or copied" },
  { "trailing-comma", NULL, "{\"format\": 1,}", SW_DATASET_ERROR_NOT_JSON,
    /* json-glib 1.6's own wording */
    "edited.json:1:13: not valid JSON: unexpected character “,”, expected character “]”" },
};

static gboolean
is_filled (const char *text)
{
  return text != NULL && strspn (text, " \t\n") < strlen (text);
}

static void
test_default (void)
{
  const char *criteria[] = { "realtime", "microservices", "data_ml", "cpu_bound", "learning",
                             "readability", "code_sharing", "prototyping", "team_skills",
                             "existing_systems" };
  const char *presets[] = { "startup-validate", "startup-data", "startup-fullstack",
                            "enterprise-traffic", "enterprise-analytics", "enterprise-legacy",
                            "dev-first-language", "dev-knows-js", "dev-data-career" };
  const char *sections[] = { "python-overview", "nodejs-overview", "performance", "ecosystem",
                             "use-cases", "pros-cons", "community", "decision-framework",
                             "quick-guide" };
  g_autoptr(SwDataset) dataset = sw_dataset_get_default ();
  g_autoptr(SwDataset) again = sw_dataset_get_default ();
  guint n_fits;

  g_assert_true (dataset == again);
  g_assert_cmpstr (sw_dataset_get_origin (dataset), ==, "built-in");
  g_assert_cmpstr (sw_dataset_get_id (dataset), ==, "python-vs-nodejs");

  g_assert_cmpuint (sw_dataset_get_n_technologies (dataset), ==, 2);
  g_assert_cmpstr (sw_dataset_get_technology (dataset, 0)->id, ==, "python");
  g_assert_cmpstr (sw_dataset_get_technology (dataset, 1)->id, ==, "nodejs");

  g_assert_cmpuint (sw_dataset_get_n_criteria (dataset), ==, G_N_ELEMENTS (criteria));
  for (guint i = 0; i < G_N_ELEMENTS (criteria); i++)
    g_assert_cmpstr (sw_dataset_get_criterion (dataset, i)->id, ==, criteria[i]);

  /* The team answers two criteria; nothing is stated in the loaded dataset. */
  g_assert_cmpint (sw_dataset_find_answer (dataset, SW_ANSWER_SKILLS), ==, 8);
  g_assert_cmpint (sw_dataset_find_answer (dataset, SW_ANSWER_EXISTING), ==, 9);
  g_assert_false (sw_dataset_criterion_is_answered (dataset, 8));
  g_assert_false (sw_dataset_criterion_is_answered (dataset, 9));
  g_assert_true (sw_dataset_criterion_is_answered (dataset, 0));
  g_assert_true (sw_situation_is_empty (sw_dataset_get_situation (dataset)));
  /* The numbers are the authors' reading, and the dataset says so. */
  g_assert_nonnull (strstr (sw_dataset_get_source (dataset), "reading of the guide"));

  g_assert_cmpuint (sw_dataset_get_n_presets (dataset), ==, G_N_ELEMENTS (presets));
  for (guint i = 0; i < G_N_ELEMENTS (presets); i++)
    g_assert_cmpstr (sw_dataset_get_preset (dataset, i)->id, ==, presets[i]);

  g_assert_cmpuint (sw_dataset_get_n_sections (dataset), ==, G_N_ELEMENTS (sections));
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      const SwSection *section = sw_dataset_get_section (dataset, i);

      g_assert_cmpstr (section->id, ==, sections[i]);
      g_assert_cmpuint (section->n_blocks, >=, 1);
    }

  n_fits = sw_dataset_get_n_technologies (dataset) * sw_dataset_get_n_criteria (dataset);
  for (guint t = 0; t < sw_dataset_get_n_technologies (dataset); t++)
    for (guint c = 0; c < sw_dataset_get_n_criteria (dataset); c++)
      {
        const SwFit *fit = sw_dataset_get_fit (dataset, t, c);
        guint i = t * sw_dataset_get_n_criteria (dataset) + c;

        g_assert_cmpuint (i, <, n_fits);
        g_assert_cmpfloat (0, <=, fit->low);
        g_assert_cmpfloat (fit->low, <=, fit->value);
        g_assert_cmpfloat (fit->value, <=, fit->high);
        g_assert_cmpfloat (fit->high, <=, 10);
        g_assert_true (is_filled (fit->rationale));
        /* Each fit from the dataset says where in the guide it comes from. */
        if (sw_dataset_get_criterion (dataset, c)->answer == SW_ANSWER_NONE)
          g_assert_nonnull (strstr (fit->rationale, "Guide: "));
        g_assert_cmpfloat (sw_dataset_get_fit_values (dataset)[i], ==, fit->value);
        g_assert_cmpfloat (sw_dataset_get_fit_lows (dataset)[i], ==, fit->low);
        g_assert_cmpfloat (sw_dataset_get_fit_highs (dataset)[i], ==, fit->high);
      }
}

/* The copy on disk is the same file as the resource, and loads too. */
static void
test_shipped_file (void)
{
  SwDataset *dataset = sw_test_load_dataset ("shipped");

  g_assert_cmpstr (sw_dataset_get_origin (dataset), ==, "python-vs-nodejs.json");
  g_assert_cmpuint (sw_dataset_get_n_sections (dataset), ==, 9);
  g_assert_finalize_object (dataset);
}

static void
test_three_technologies (void)
{
  SwDataset *dataset = sw_test_load_dataset ("three-technologies.json");

  g_assert_cmpuint (sw_dataset_get_n_technologies (dataset), ==, 3);
  g_assert_cmpint (sw_dataset_find_technology (dataset, "go"), ==, 2);
  g_assert_finalize_object (dataset);
}

static void
test_lookups (void)
{
  SwDataset *dataset = sw_test_load_dataset ("minimal.json");
  const SwPreset *preset;
  const SwFit *fit;
  const SwSection *section;
  const SwFactsBlock *facts;
  const SwTableBlock *table;

  g_assert_cmpstr (sw_dataset_get_id (dataset), ==, "small");
  g_assert_cmpstr (sw_dataset_get_title (dataset), ==, "A small dataset");
  g_assert_null (sw_dataset_get_subtitle (dataset));
  g_assert_null (sw_dataset_get_source (dataset));
  g_assert_cmpstr (sw_dataset_get_origin (dataset), ==, "minimal.json");

  g_assert_cmpint (sw_dataset_find_technology (dataset, "nodejs"), ==, 1);
  g_assert_cmpint (sw_dataset_find_technology (dataset, "go"), ==, -1);
  g_assert_cmpint (sw_dataset_find_technology (dataset, NULL), ==, -1);
  g_assert_cmpint (sw_dataset_find_criterion (dataset, "learning"), ==, 2);
  g_assert_cmpint (sw_dataset_find_criterion (dataset, "speed"), ==, -1);
  g_assert_cmpint (sw_dataset_find_preset (dataset, "live-app"), ==, 0);
  g_assert_cmpint (sw_dataset_find_preset (dataset, "python"), ==, -1);

  g_assert_cmpstr (sw_dataset_get_technology (dataset, 0)->color, ==, "#3572a5");
  g_assert_cmpstr (sw_dataset_get_criterion (dataset, 1)->group, ==, "Workload");

  fit = sw_dataset_get_fit (dataset, 1, 0);
  g_assert_cmpfloat (fit->value, ==, 9);
  g_assert_cmpfloat (fit->low, ==, 8);
  g_assert_cmpfloat (fit->high, ==, 10);
  g_assert_cmpstr (fit->rationale, ==, "Built for it.");
  /* Without low and high the range is the value itself. */
  fit = sw_dataset_get_fit (dataset, 0, 1);
  g_assert_cmpfloat (fit->low, ==, 10);
  g_assert_cmpfloat (fit->high, ==, 10);
  g_assert_cmpfloat (sw_dataset_get_fit_values (dataset)[1 * 3 + 2], ==, 6);

  preset = sw_dataset_get_preset (dataset, 0);
  g_assert_cmpstr (preset->expected, ==, "nodejs");
  g_assert_cmpfloat (preset->weights[0], ==, 10);
  g_assert_cmpfloat (preset->weights[2], ==, 5);

  /* The blocks, typed as the comparison page gets them. */
  section = sw_dataset_get_section (dataset, 0);
  g_assert_cmpuint (section->n_blocks, ==, 3);
  g_assert_cmpint (sw_block_get_kind (section->blocks[0]), ==, SW_BLOCK_PARAGRAPH);
  g_assert_cmpstr (((const SwTextBlock *) section->blocks[0])->text, ==, "Two technologies.");
  g_assert_cmpint (sw_block_get_kind (section->blocks[1]), ==, SW_BLOCK_FACTS);
  facts = (const SwFactsBlock *) section->blocks[1];
  g_assert_null (facts->block.title);
  g_assert_cmpuint (facts->n_facts, ==, 1);
  g_assert_cmpstr (facts->facts[0].value, ==, "1991");
  g_assert_cmpstr (facts->facts[0].label, ==, "First released");
  g_assert_null (facts->facts[0].detail);
  g_assert_cmpint (facts->facts[0].technology, ==, 0);
  g_assert_cmpint (sw_block_get_kind (section->blocks[2]), ==, SW_BLOCK_TABLE);
  table = (const SwTableBlock *) section->blocks[2];
  g_assert_cmpuint (table->n_columns, ==, 2);
  g_assert_cmpuint (table->n_rows, ==, 1);
  g_assert_cmpstr (table->columns[1], ==, "Enterprises");
  g_assert_null (table->columns[2]);
  g_assert_cmpstr (table->cells[0].text, ==, "Live app");
  g_assert_cmpint (table->cells[0].preset, ==, 0);
  g_assert_cmpint (table->cells[0].technology, ==, -1);
  g_assert_cmpint (table->cells[1].preset, ==, -1);
  g_assert_cmpint (table->cells[1].technology, ==, 0);
  g_assert_finalize_object (dataset);
}

static void
test_index_out_of_range (void)
{
  SwDataset *dataset = sw_test_load_dataset ("minimal.json");

  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*index < self->n_technologies*");
  g_assert_null (sw_dataset_get_technology (dataset, 2));
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*index < self->n_criteria*");
  g_assert_null (sw_dataset_get_criterion (dataset, 3));
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*index < self->n_presets*");
  g_assert_null (sw_dataset_get_preset (dataset, 1));
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*index < self->n_sections*");
  g_assert_null (sw_dataset_get_section (dataset, 1));
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*criterion < self->n_criteria*");
  g_assert_null (sw_dataset_get_fit (dataset, 0, 3));
  g_test_assert_expected_messages ();

  g_assert_finalize_object (dataset);
}

static void
test_bad_file (gconstpointer data)
{
  const BadFile *bad = data;
  g_autofree char *path = sw_test_data_path ("bad-datasets", bad->file, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDataset) dataset = sw_dataset_new_from_path (path, &error);

  g_assert_null (dataset);
  g_assert_error (error, SW_DATASET_ERROR, (int) bad->code);
  g_assert_cmpstr (error->message, ==, bad->message);
  g_assert_null (strchr (error->message, '\n'));
}

static void
test_edit (gconstpointer data)
{
  const Edit *edit = data;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GString) text = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDataset) dataset = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  text = g_string_new (contents);
  if (edit->from == NULL)
    g_string_assign (text, edit->to);
  else
    g_assert_cmpuint (g_string_replace (text, edit->from, edit->to, 1), ==, 1);

  bytes = g_bytes_new (text->str, text->len);
  dataset = sw_dataset_new_from_bytes (bytes, "edited.json", &error);

  g_assert_null (dataset);
  g_assert_error (error, SW_DATASET_ERROR, (int) edit->code);
  g_assert_cmpstr (error->message, ==, edit->message);
}

static void
test_too_large (void)
{
  g_autofree char *path = g_build_filename (g_get_user_cache_dir (), "too-large.json", NULL);
  g_autofree char *padding = g_malloc (SW_DATASET_MAX_BYTES + 1);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDataset) dataset = NULL;

  memset (padding, ' ', SW_DATASET_MAX_BYTES + 1);
  g_assert_cmpint (g_mkdir_with_parents (g_get_user_cache_dir (), 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, padding, SW_DATASET_MAX_BYTES + 1, NULL));

  dataset = sw_dataset_new_from_path (path, &error);
  g_assert_null (dataset);
  g_assert_error (error, SW_DATASET_ERROR, SW_DATASET_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==,
                   "too-large.json: the file is too large (4194305 bytes; "
                   "a dataset can be at most 4194304 bytes, 4 MiB)");
  g_clear_error (&error);

  bytes = g_bytes_new_take (g_steal_pointer (&padding), SW_DATASET_MAX_BYTES + 1);
  dataset = sw_dataset_new_from_bytes (bytes, "pasted", &error);
  g_assert_null (dataset);
  g_assert_error (error, SW_DATASET_ERROR, SW_DATASET_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, "pasted: the file is too large"));
}

/* Exactly the limit is allowed. */
static void
test_largest (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GString) text = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  SwDataset *dataset;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  text = g_string_new (contents);
  while (text->len < SW_DATASET_MAX_BYTES)
    g_string_append_c (text, '\n');

  bytes = g_bytes_new (text->str, text->len);
  dataset = sw_dataset_new_from_bytes (bytes, "largest.json", &error);
  g_assert_no_error (error);
  g_assert_finalize_object (dataset);
}

static void
test_io_errors (void)
{
  g_autofree char *missing = g_build_filename (g_get_user_cache_dir (), "missing.json", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDataset) dataset = NULL;

  dataset = sw_dataset_new_from_path (missing, &error);
  g_assert_null (dataset);
  g_assert_error (error, SW_DATASET_ERROR, SW_DATASET_ERROR_IO);
  g_assert_cmpstr (error->message, ==, "missing.json: cannot read the file (it does not exist)");
  g_clear_error (&error);

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_cache_dir (), 0700), ==, 0);
  dataset = sw_dataset_new_from_path (g_get_user_cache_dir (), &error);
  g_assert_null (dataset);
  g_assert_error (error, SW_DATASET_ERROR, SW_DATASET_ERROR_IO);
  g_assert_true (g_str_has_suffix (error->message,
                                   ": cannot read the file (it is a folder, not a file)"));
  g_clear_error (&error);

  /* Cancellation is not a failure to report, so it keeps its usual code. */
  file = g_file_new_for_path (missing);
  g_cancellable_cancel (cancellable);
  dataset = sw_dataset_new_from_file (file, cancellable, &error);
  g_assert_null (dataset);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/stackwise/dataset/default", test_default);
  g_test_add_func ("/stackwise/dataset/shipped-file", test_shipped_file);
  g_test_add_func ("/stackwise/dataset/three-technologies", test_three_technologies);
  g_test_add_func ("/stackwise/dataset/lookups", test_lookups);
  g_test_add_func ("/stackwise/dataset/index-out-of-range", test_index_out_of_range);
  g_test_add_func ("/stackwise/dataset/too-large", test_too_large);
  g_test_add_func ("/stackwise/dataset/largest", test_largest);
  g_test_add_func ("/stackwise/dataset/io-errors", test_io_errors);

  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *name = g_strdup (bad_files[i].file);
      g_autofree char *test_path = NULL;

      *strrchr (name, '.') = '\0';
      test_path = g_strdup_printf ("/stackwise/dataset/bad/%s", name);
      g_test_add_data_func (test_path, &bad_files[i], test_bad_file);
    }

  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/stackwise/dataset/edit/%s", edits[i].name);

      g_test_add_data_func (test_path, &edits[i], test_edit);
    }

  return g_test_run ();
}

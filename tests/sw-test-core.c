/* sw-test-core.c — fixtures the core tests share: the shipped dataset, tests/data, scenarios
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-test-core.h"

SwDataset *
sw_test_load_dataset (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_str_equal (name, "shipped")
    ? g_test_build_filename (G_TEST_DIST, "..", "data", "datasets", "python-vs-nodejs.json", NULL)
    : g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  SwDataset *dataset = sw_dataset_new_from_path (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);

  return dataset;
}

SwScenario *
sw_test_load_scenario (SwDataset  *dataset,
                       const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "scenarios", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  SwScenario *scenario = sw_scenario_new_from_file (file, dataset, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (scenario);

  return scenario;
}

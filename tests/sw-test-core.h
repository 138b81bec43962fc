/* sw-test-core.h — fixtures the core tests share: the shipped dataset, tests/data, scenarios
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sw-dataset.h"
#include "sw-scenario.h"

G_BEGIN_DECLS

/* "shipped" is data/datasets/python-vs-nodejs.json; any other name is a file in
 * tests/data. Fails the test unless it loads. */
SwDataset  *sw_test_load_dataset  (const char *name);

/* A file in tests/data/scenarios, for @dataset. Fails the test unless it loads. */
SwScenario *sw_test_load_scenario (SwDataset  *dataset,
                                   const char *name);

G_END_DECLS

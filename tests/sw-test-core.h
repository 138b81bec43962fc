/* sw-test-core.h — fixtures the core tests share: the shipped dataset, tests/data, meeting files
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sw-dataset.h"
#include "sw-meeting-file.h"

G_BEGIN_DECLS

/* "shipped" is data/datasets/python-vs-nodejs.json; any other name is a file in
 * tests/data. Fails the test unless it loads. */
SwDataset  *sw_test_load_dataset  (const char *name);

/* A file in tests/data/meetings, for @dataset, as a meeting. Fails the test unless it loads. */
SwMeeting *sw_test_load_meeting_file (SwDataset  *dataset,
                                   const char *name);

/* A new meeting: one person alone with every weight at @weight. */
SwMeeting *sw_test_new_meeting     (SwDataset    *dataset,
                                     double        weight);
/* Adds a participant as a ballot would (the one person alone gives way), then
 * takes back their vote when @voted is FALSE. */
void        sw_test_add_participant (SwMeeting   *meeting,
                                     const char   *name,
                                     const double *weights,
                                     gboolean      voted);

/* Fails the test, showing @text, unless @part is in it. */
void        sw_test_assert_contains (const char   *text,
                                     const char   *part);
/* A file's whole text; fails the test unless it reads. */
char       *sw_test_read_file       (const char   *path);

G_END_DECLS

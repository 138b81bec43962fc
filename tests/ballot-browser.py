#!/usr/bin/python3
# ballot-browser.py — the ballot page in a real browser (Debian's chromium, headless):
# start `stackwise --collect-votes` on the loopback address, open the page, move the
# sliders, send the ballot, and read it back from the meeting file.
#
# Copyright 2026 The Stackwise authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: ballot-browser.py STACKWISE MEETING_FIXTURE
# Prints TAP. Skips when chromium, chromedriver or selenium is missing.

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

SAFETY_SECONDS = 60


def skip(reason):
    print('1..0 # SKIP ' + reason)
    sys.exit(0)


try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
except ImportError:
    skip('python3-selenium is not installed')

CHROMIUM = shutil.which('chromium')
DRIVER = shutil.which('chromedriver')
if CHROMIUM is None or DRIVER is None:
    skip('chromium or chromedriver is not installed')

stackwise, fixture = sys.argv[1], sys.argv[2]
workdir = tempfile.mkdtemp(prefix='stackwise-ballot-')
meeting = os.path.join(workdir, 'meeting.stackwise')
shutil.copy(fixture, meeting)

env = dict(os.environ, LC_ALL='C.UTF-8')
env.pop('DISPLAY', None)
collect = subprocess.Popen([stackwise, '--collect-votes', meeting, '--listen', '127.0.0.1:0'],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
print('1..3')
driver = None
try:
    address = collect.stdout.readline().strip()
    assert address.startswith('http://127.0.0.1:'), address
    print('ok 1 - --collect-votes prints the address: ' + address.split('/')[2])

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ('--headless=new', '--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu',
                     '--window-size=390,844'):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.set_page_load_timeout(SAFETY_SECONDS)
    driver.get(address)

    deadline = time.monotonic() + SAFETY_SECONDS
    while not driver.find_elements(By.CSS_SELECTOR, '#criteria input[type="range"]'):
        assert time.monotonic() < deadline, 'the page never showed its sliders'
        time.sleep(0.1)

    # Cleo has not voted yet: choose her name, set every slider, send.
    driver.execute_script("""
        const choice = document.getElementById('name-choice');
        choice.value = 'Cleo';
        choice.dispatchEvent(new Event('change'));
        for (const range of document.querySelectorAll('#criteria input[type="range"]')) {
          range.value = range.dataset.criterion === 'data_ml' ? '9' : '2';
          range.dispatchEvent(new Event('input'));
        }""")
    sliders = driver.find_elements(By.CSS_SELECTOR, '#criteria input[type="range"]')
    assert len(sliders) >= 5, len(sliders)
    driver.find_element(By.ID, 'submit').click()
    screenshot = os.environ.get('SW_TEST_SCREENSHOT_DIR')
    if screenshot:
        driver.save_screenshot(os.path.join(screenshot, 'ballot-page.png'))
    print('ok 2 - the page takes a ballot with %d sliders' % len(sliders))

    # The meeting file had two of three votes: Cleo's closes the collection.
    collect.wait(timeout=SAFETY_SECONDS)
    output = collect.stdout.read()
    assert 'Cleo has voted (3 of 3)' in output, output
    assert collect.returncode == 0, collect.stderr.read()
    with open(meeting, encoding='utf-8') as f:
        saved = json.load(f)
    cleo = next(p for p in saved['participants'] if p['name'] == 'Cleo')
    assert cleo['voted'] is True
    assert cleo['weights']['data_ml'] == 9, cleo['weights']
    assert cleo['weights']['realtime'] == 2, cleo['weights']
    print('ok 3 - the ballot arrives in the meeting file')
except Exception as error:  # one line, then the TAP failure
    print('not ok - %s' % str(error).replace('\n', ' '))
    sys.exit(1)
finally:
    if driver is not None:
        driver.quit()
    if collect.poll() is None:
        collect.terminate()
        collect.wait(timeout=10)
    shutil.rmtree(workdir, ignore_errors=True)

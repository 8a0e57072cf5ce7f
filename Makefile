# bitext - build, test, install.
#
#   make            library (static and shared) and the bitext tool
#   make check      build and run every test; ends with "N passed, N failed"
#   make check-asan the tests again under AddressSanitizer and UBSan
#   make demo       install what is missing, build, run the demo into out/
#   make deps       install the Debian packages bitext needs
#   make install    PREFIX=/usr/local DESTDIR= ...
#   make headertest every public header compiles alone, strictly

VERSION    = 0.1.0
# The ABI version of libbitext.so; it changes only when the ABI breaks,
# independently of VERSION.
SOVERSION  = 0

PREFIX    ?= /usr/local
DESTDIR   ?=
BUILD     ?= build
CC        ?= cc
CFLAGS    ?= -O2 -g
LDFLAGS   ?=
GENRB     ?= genrb

PKGS       = icu-uc icu-i18n icu-io libxml-2.0 hunspell zlib libzip
PKG_CFLAGS:= $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS  := $(shell pkg-config --libs $(PKGS) 2>/dev/null)

WARN       = -Wall -Wextra
# The library sees its own internal headers (src/) and the public ones; the
# command-line tool is compiled with the public include path only, so a
# reach into a module's internals from src/cli/ does not compile.
COMMON_CFLAGS = -std=c11 -D_GNU_SOURCE $(WARN) -fPIC -fvisibility=hidden \
             -Iinclude $(PKG_CFLAGS)
BASE_CFLAGS= $(COMMON_CFLAGS) -Isrc -I$(BUILD)/gen \
             -DBITEXT_DEFAULT_DATADIR='"$(PREFIX)/share/bitext"'
CLI_CFLAGS = $(COMMON_CFLAGS) $(CFLAGS) -MMD -MP
ALL_CFLAGS = $(BASE_CFLAGS) $(CFLAGS) -MMD -MP
LIBS       = $(PKG_LIBS) -lpthread -lm

# Sources: one folder per layer of the library (doc/architecture.md), and the
# tool in src/cli/. Object names keep the folder, so two layers may not use
# one file name (the static library's members are named by base name).
LAYERS     = util lang text segment tmx termbase align check
LIB_SRC   := $(foreach d,$(LAYERS),$(wildcard src/$(d)/*.c))
CLI_SRC   := $(wildcard src/cli/*.c)
TEST_SRC  := $(wildcard tests/test_*.c)
HEADERS   := $(wildcard include/bitext/*.h)
LIB_OBJ   := $(LIB_SRC:%.c=$(BUILD)/%.o)
CLI_OBJ   := $(CLI_SRC:%.c=$(BUILD)/%.o)
TEST_BIN  := $(TEST_SRC:tests/%.c=$(BUILD)/tests/%)

UI_LANGS   = root en ko
DATADIR    = $(BUILD)/share/bitext
UI_RES     = $(UI_LANGS:%=$(DATADIR)/ui/%.res)

STATIC     = $(BUILD)/libbitext.a
SHARED     = $(BUILD)/libbitext.so.$(VERSION)

.PHONY: all check check-asan demo deps browser-deps install headertest clean bench
.DELETE_ON_ERROR:
.SECONDARY:

all: $(STATIC) $(SHARED) $(BUILD)/bitext data

$(BUILD)/src/cli/%.o: src/cli/%.c
	@mkdir -p $(dir $@)
	$(CC) $(CLI_CFLAGS) -c -o $@ $<

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

# The pages the library writes (the review page of align --format html)
# carry their script and style sheet: src/LAYER/NAME.js or .css becomes
# $(BUILD)/gen/LAYER/NAME.js.inc, a C string literal, one line of the file a
# line, that a source file #includes.
PAGE_SRC  := $(foreach d,$(LAYERS),$(wildcard src/$(d)/*.js src/$(d)/*.css))
PAGE_INC  := $(PAGE_SRC:src/%=$(BUILD)/gen/%.inc)
$(BUILD)/gen/%.inc: src/%
	@mkdir -p $(dir $@)
	sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/?/\\?/g' -e 's/^/"/' \
		-e 's/$$/\\n"/' $< > $@
$(LIB_OBJ): | $(PAGE_INC)

# The library's default data directory is $(PREFIX)/share/bitext: rebuild
# msg.o when PREFIX changes, so `make install PREFIX=...` installs a library
# that looks in the right place.
PREFIX_STAMP = $(BUILD)/.prefix
$(PREFIX_STAMP): FORCE
	@mkdir -p $(BUILD)
	@echo '$(PREFIX)' | cmp -s - $@ || echo '$(PREFIX)' > $@
$(BUILD)/src/util/msg.o: $(PREFIX_STAMP)
.PHONY: FORCE
FORCE:

$(STATIC): $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(SHARED): $(LIB_OBJ)
	$(CC) -shared -Wl,-soname,libbitext.so.$(SOVERSION) $(CFLAGS) $(LDFLAGS) \
		-o $@ $^ $(LIBS)
	ln -sf libbitext.so.$(VERSION) $(BUILD)/libbitext.so.$(SOVERSION)
	ln -sf libbitext.so.$(VERSION) $(BUILD)/libbitext.so

# The tool links the static library: it runs from the build tree as is.
$(BUILD)/bitext: $(CLI_OBJ) $(STATIC)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(CLI_OBJ) $(STATIC) $(LIBS)

# Data: message bundles compiled from locales/<lang>/messages/*.txt, and the
# per-language rules of locales/ seen through a link.
.PHONY: data
data: $(UI_RES) $(DATADIR)/locales

$(BUILD)/ui-src/%.txt: $(wildcard locales/*/messages/*.txt)
	@mkdir -p $(dir $@)
	{ echo '$* {'; cat locales/$*/messages/*.txt; echo '}'; } > $@

$(DATADIR)/ui/%.res: $(BUILD)/ui-src/%.txt
	@mkdir -p $(dir $@)
	$(GENRB) -q -e UTF-8 -d $(dir $@) $<

$(DATADIR)/locales:
	@mkdir -p $(DATADIR)
	ln -sfn $(abspath locales) $@

# Tests: one binary per tests/test_<module>.c.
$(BUILD)/tests/%_list.c: tests/%.c tests/gen-list.sh
	@mkdir -p $(dir $@)
	sh tests/gen-list.sh $< > $@

$(BUILD)/tests/%: tests/%.c $(BUILD)/tests/%_list.c tests/harness.c tests/test.h $(STATIC)
	$(CC) $(BASE_CFLAGS) $(CFLAGS) -Itests -o $@ $< $(BUILD)/tests/$*_list.c \
		tests/harness.c $(STATIC) $(LIBS) $(TEST_LDFLAGS)

# Fault injection: the library's allocations go through the test's wrappers.
$(BUILD)/tests/test_fault: TEST_LDFLAGS = -Wl,--wrap=malloc,--wrap=calloc,--wrap=realloc,--wrap=strdup,--wrap=strndup

check: all $(TEST_BIN) browser-deps
	sh tests/run.sh $(BUILD)

SAN_FLAGS = -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer \
            -fno-sanitize-recover=undefined
check-asan:
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	$(MAKE) BUILD=$(BUILD)-asan CFLAGS="$(SAN_FLAGS)" LDFLAGS="-fsanitize=address,undefined" check

headertest:
	@mkdir -p $(BUILD)/headertest
	@for h in $(HEADERS); do \
		echo "#include <bitext/$$(basename $$h)>" > $(BUILD)/headertest/t.c; \
		$(CC) -std=c99 -pedantic -Werror -Wall -Wextra -Iinclude -c \
			-o $(BUILD)/headertest/t.o $(BUILD)/headertest/t.c || exit 1; \
		echo "ok $$h"; \
	done

# hunspell-en-us and hunspell-ko: the spelling dictionaries of the languages
# the demo checks (Korean to English); check says which package another
# language needs when its dictionary is missing.
DEB_PKGS = libicu-dev icu-devtools libxml2-dev libxml2-utils libhunspell-dev \
           hunspell-en-us hunspell-ko pkg-config gcc make unicode-data bzip2 \
           zlib1g-dev dictzip hunspell-de-de hunspell-fr \
           dict-freedict-deu-eng dict-freedict-eng-deu \
           dict-freedict-fra-eng dict-freedict-eng-fra \
           libzip-dev
deps:
	@missing=; for p in $(DEB_PKGS); do \
		dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		SUDO=; [ "$$(id -u)" -eq 0 ] || SUDO=sudo; \
		$$SUDO apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	else echo "all build dependencies are installed"; fi
	@$(MAKE) --no-print-directory browser-deps

# The browser tests (tests/browser/, run by tests/cli/07xx) drive Debian's
# chromium with playwright-core from npm, pinned in package-lock.json and
# installed into tests/browser/node_modules when missing (needs npm; without
# node or chromium those tests skip).
BROWSER_STAMP = tests/browser/node_modules/.bitext-installed
browser-deps:
	@[ -f $(BROWSER_STAMP) ] || ! command -v npm >/dev/null 2>&1 || { \
		npm ci --prefix tests/browser --no-audit --no-fund --prefer-offline \
			--loglevel=error && touch $(BROWSER_STAMP); } || \
		echo "note: npm could not install tests/browser (the browser tests fail)"

# make demo: the whole pipeline that exists, on the bundled corpus.
demo: deps
	$(MAKE) all
	sh corpora/demo.sh $(BUILD) out

bench: all
	sh bench/segment.sh $(BUILD)

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib/pkgconfig \
		$(DESTDIR)$(PREFIX)/include/bitext $(DESTDIR)$(PREFIX)/share/man/man1 \
		$(DESTDIR)$(PREFIX)/share/bitext/ui $(DESTDIR)$(PREFIX)/share/bitext/locales
	install -m 755 $(BUILD)/bitext $(DESTDIR)$(PREFIX)/bin/bitext
	install -m 644 $(STATIC) $(DESTDIR)$(PREFIX)/lib/
	install -m 755 $(SHARED) $(DESTDIR)$(PREFIX)/lib/
	ln -sf libbitext.so.$(VERSION) $(DESTDIR)$(PREFIX)/lib/libbitext.so.$(SOVERSION)
	ln -sf libbitext.so.$(VERSION) $(DESTDIR)$(PREFIX)/lib/libbitext.so
	install -m 644 $(HEADERS) $(DESTDIR)$(PREFIX)/include/bitext/
	install -m 644 $(wildcard man/*.1) $(DESTDIR)$(PREFIX)/share/man/man1/
	install -m 644 $(UI_RES) $(DESTDIR)$(PREFIX)/share/bitext/ui/
	cd locales && find . -path './*/messages' -prune -o -type f -print | \
		while read f; do install -D -m 644 "$$f" \
			"$(DESTDIR)$(PREFIX)/share/bitext/locales/$$f"; done
	printf '%s\n' 'prefix=$(PREFIX)' 'libdir=$${prefix}/lib' \
		'includedir=$${prefix}/include' '' 'Name: bitext' \
		'Description: sentence segmentation, alignment, TMX and translation checks' \
		'Version: $(VERSION)' 'Requires.private: $(PKGS)' \
		'Libs: -L$${libdir} -lbitext' 'Cflags: -I$${includedir}' \
		> $(DESTDIR)$(PREFIX)/lib/pkgconfig/bitext.pc

clean:
	rm -rf $(BUILD) $(BUILD)-asan

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d)

# ---- fuzzing ----------------------------------------------------------------
# make fuzz FUZZ_SECONDS=N: every target of tests/fuzz/ built with clang's
# libFuzzer, ASan and UBSan against a copy of the library built the same way
# in $(FUZZ_BUILD), then run for N seconds each on seeds from tests/data and
# corpora/ (tests/fuzz/run.sh); fails on any crash, leak or timeout.
# `make check` replays tests/fuzz/regress/<target>/ through plain builds of
# the same targets ($(BUILD)/fuzz/<target>, with tests/fuzz/driver.c).
# doc/fuzzing.md: long runs, and turning a crash into a regression file.
FUZZ_SECONDS ?= 20
FUZZ_BUILD   ?= build-fuzz
FUZZ_CC      ?= clang
FUZZ_TARGETS := $(filter-out driver,$(patsubst tests/fuzz/%.c,%,$(wildcard tests/fuzz/*.c)))
FUZZ_SAN      = -fsanitize=address,undefined -fno-sanitize-recover=undefined \
                -fno-omit-frame-pointer
# targets see the public headers only
FUZZ_CFLAGS   = -std=c11 -D_GNU_SOURCE $(WARN) -Iinclude -Itests/fuzz \
                -DFUZZ_DATADIR='"$(abspath $(DATADIR))"'
FUZZ_REPLAY  := $(FUZZ_TARGETS:%=$(BUILD)/fuzz/%)

.PHONY: fuzz fuzz-build fuzz-clean
fuzz:
	$(MAKE) BUILD=$(FUZZ_BUILD) CC=$(FUZZ_CC) \
		CFLAGS="-O1 -g $(FUZZ_SAN) -fsanitize=fuzzer-no-link" fuzz-build
	FUZZ_ARGS="$(FUZZ_ARGS)" sh tests/fuzz/run.sh $(FUZZ_BUILD) $(FUZZ_SECONDS) \
		$(FUZZ_TARGET)

# (run by `make fuzz` with BUILD=$(FUZZ_BUILD) and clang)
fuzz-build: $(FUZZ_TARGETS:%=$(BUILD)/libfuzzer/%) data

$(BUILD)/libfuzzer/%: tests/fuzz/%.c tests/fuzz/fuzz.h $(STATIC)
	@mkdir -p $(dir $@)
	$(CC) $(FUZZ_CFLAGS) $(CFLAGS) -fsanitize=fuzzer -o $@ $< $(STATIC) $(LIBS)

$(BUILD)/fuzz/%: tests/fuzz/%.c tests/fuzz/driver.c tests/fuzz/fuzz.h $(STATIC)
	@mkdir -p $(dir $@)
	$(CC) $(FUZZ_CFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< tests/fuzz/driver.c \
		$(STATIC) $(LIBS)

check: $(FUZZ_REPLAY)

fuzz-clean:
	rm -rf $(FUZZ_BUILD)
clean: fuzz-clean

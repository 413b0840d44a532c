//! `/desk`: the data desk. A ministry's clerk chooses or drops a facts table; the desk's worker
//! (`crate::worker`) reads and judges it with the core of `atlas-data`; the page says how it
//! was read and whether it may be published, lists its problems (sortable, downloadable), shows
//! every figure the file gives beside the published one, and offers the files to publish.
//! The inputs are fetched when the page opens: once a file is chosen, nothing leaves the browser.

use crate::data::{FileError, Verdict};
use crate::desk::protocol::{CheckRequest, DeskSummary, DeskWords, Language, Reply, Request};
use crate::desk::{
    ComparedCell, ComparedTable, MAX_FILE_BYTES, ProblemColumn, ProblemOrder, problem_cells,
    report_csv, sorted_problems,
};
use crate::i18n::{Locale, Msg, Plural, file_error_text, format_number};
use crate::net::fetch_text;
use crate::ui::context::{AppBase, use_base, use_locale};
use crate::ui::download::{save_blob, save_text};
use crate::ui::loaders::LoadError;
use crate::ui::widgets::{LoadErrorPanel, PageIntro};
use leptos::prelude::*;
use leptos_meta::Stylesheet;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use wasm_bindgen_futures::JsFuture;
use web_sys::{File, MessageEvent, Worker, WorkerOptions, WorkerType};

/// How many problems the table shows; the report holds them all.
const PROBLEMS_SHOWN: usize = 500;
/// How many rows a compared table shows (a file of many years changes thousands).
const COMPARED_ROWS_SHOWN: usize = 200;

/// The files every check needs besides the clerk's, fetched when the page opens.
struct Inputs {
    codes: String,
    seeds: String,
    published: String,
}

async fn load_inputs(base: AppBase) -> Result<Arc<Inputs>, LoadError> {
    Ok(Arc::new(Inputs {
        codes: fetch_text(&base.file("data/codes.csv")).await?,
        seeds: fetch_text(&base.file("data/seeds.csv")).await?,
        published: fetch_text(&base.file("data/atlas.json")).await?,
    }))
}

/// Where the desk is with the file chosen.
#[derive(Clone, Debug, PartialEq)]
enum Stage {
    /// No file yet.
    Waiting,
    /// The worker reads the file: rows read, of about how many.
    Reading {
        file: String,
        done: usize,
        total: usize,
    },
    /// The file gives no table.
    Unreadable { file: String, error: FileError },
    /// The file is over [`MAX_FILE_BYTES`].
    TooLarge { size: f64 },
    /// The browser could not hand over the file's bytes.
    NotHandedOver,
    /// The worker did not start.
    NoWorker,
    /// The file is checked: see the summary.
    Checked { file: String },
}

/// The desk's state, shared by its sections.
#[derive(Clone, Copy)]
struct DeskState {
    stage: RwSignal<Stage>,
    summary: RwSignal<Option<Arc<DeskSummary>>>,
    words: RwSignal<Option<Arc<DeskWords>>>,
    /// The reader accepts publishing without the rows left out.
    accept: RwSignal<bool>,
}

impl DeskState {
    fn new() -> DeskState {
        DeskState {
            stage: RwSignal::new(Stage::Waiting),
            summary: RwSignal::new(None),
            words: RwSignal::new(None),
            accept: RwSignal::new(false),
        }
    }

    fn answer(self, reply: Reply) {
        match reply {
            Reply::Ready => {}
            Reply::Progress { done, total } => self.stage.update(|stage| {
                if let Stage::Reading {
                    done: d, total: t, ..
                } = stage
                {
                    (*d, *t) = (done, total);
                }
            }),
            Reply::Failed(error) => {
                let file = self.file_name();
                self.stage.set(Stage::Unreadable { file, error });
            }
            Reply::Checked(summary) => {
                let file = self.file_name();
                self.accept.set(false);
                self.summary.set(Some(Arc::from(summary)));
                self.stage.set(Stage::Checked { file });
            }
            Reply::Words(words) => self.words.set(Some(Arc::new(words))),
        }
    }

    fn file_name(self) -> String {
        self.stage.with_untracked(|stage| match stage {
            Stage::Reading { file, .. }
            | Stage::Unreadable { file, .. }
            | Stage::Checked { file } => file.clone(),
            _ => String::new(),
        })
    }
}

/// `/desk`: choose a file, read how it was checked, compare, publish.
#[component]
pub fn DeskPage() -> impl IntoView {
    let locale = use_locale();
    let base = use_base();
    let inputs = LocalResource::new(move || load_inputs(base.clone()));
    let state = DeskState::new();
    let link = WorkerLink::start(state);
    on_cleanup(move || link.stop());
    // The preview's words follow the page's language.
    Effect::new(move |_| {
        let locale = locale.get();
        let stale = state
            .words
            .with_untracked(|words| words.as_ref().is_some_and(|w| w.locale != locale.tag()));
        if stale {
            link.send(&Request::Words(Language::of(locale)), None);
        }
    });
    let choose = move |file: File| choose_file(state, file, inputs, locale, link);
    // The desk's styles are its own, so that no other page downloads them.
    let style = use_base().file("desk.css");
    view! {
        <Stylesheet id="desk-style" href=style />
        <PageIntro title=Msg::DeskTitle lead=Msg::DeskIntro />
        {move || match inputs.get() {
            Some(Err(error)) => view! { <LoadErrorPanel error on_retry=move |_| inputs.refetch() /> }.into_any(),
            _ => ().into_any(),
        }}
        <FilePicker state choose />
        <CheckStatus state />
        <Show when=move || matches!(state.stage.get(), Stage::Checked { .. })>
            <VerdictSection state />
            <ProblemsSection state />
            <PreviewSection state />
            <PublishSection state link />
        </Show>
    }
}

/// The page's end of the worker that checks files: what is sent before the worker listens
/// waits for it.
#[derive(Clone, Copy)]
struct WorkerLink(StoredValue<LinkState, LocalStorage>);

#[derive(Default)]
struct LinkState {
    worker: Option<Worker>,
    /// The files to publish from the last check, as blobs: `atlas.json`, `facts.csv`.
    files: Vec<web_sys::Blob>,
    listening: bool,
    waiting: Vec<(String, Option<js_sys::ArrayBuffer>)>,
}

impl WorkerLink {
    /// Starts the worker (its address is in the page's `<meta name="desk-worker">`), its
    /// replies handed to `state`; says so in `state` when it cannot start.
    fn start(state: DeskState) -> WorkerLink {
        let link = WorkerLink(StoredValue::new_local(LinkState::default()));
        let worker = link.spawn(state);
        if worker.is_none() {
            state.stage.set(Stage::NoWorker);
        }
        link.0.update_value(|link| link.worker = worker);
        link
    }

    fn spawn(self, state: DeskState) -> Option<Worker> {
        let url = document()
            .query_selector("meta[name=\"desk-worker\"]")
            .ok()??
            .get_attribute("content")?;
        let options = WorkerOptions::new();
        options.set_type(WorkerType::Module);
        let worker = Worker::new_with_options(&url, &options).ok()?;
        let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
            let message = js_sys::Array::from(&event.data());
            let reply = message.get(0).as_string();
            match reply.and_then(|text| serde_json::from_str(&text).ok()) {
                Some(Reply::Ready) => self.listening(),
                Some(reply @ Reply::Checked(_)) => {
                    let files = message
                        .iter()
                        .skip(1)
                        .filter_map(|file| file.dyn_into().ok());
                    self.0.update_value(|link| link.files = files.collect());
                    state.answer(reply);
                }
                Some(reply) => state.answer(reply),
                None => {}
            }
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget();
        let on_error = Closure::<dyn Fn()>::new(move || state.stage.set(Stage::NoWorker));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        on_error.forget();
        Some(worker)
    }

    /// The worker listens: what waited is sent.
    fn listening(self) {
        let waiting = self.0.try_update_value(|link| {
            link.listening = true;
            std::mem::take(&mut link.waiting)
        });
        for (text, bytes) in waiting.unwrap_or_default() {
            self.0
                .with_value(|link| deliver(link.worker.as_ref(), text, bytes));
        }
    }

    /// Sends `request` (and a file's bytes, handed over rather than copied).
    fn send(self, request: &Request, bytes: Option<js_sys::ArrayBuffer>) {
        let Ok(text) = serde_json::to_string(request) else {
            return;
        };
        self.0.update_value(|link| match link.listening {
            true => deliver(link.worker.as_ref(), text, bytes),
            false => link.waiting.push((text, bytes)),
        });
    }

    /// Offers the last check's file at `position` (0: `atlas.json`, 1: `facts.csv`) as `name`.
    fn save(self, position: usize, name: &str) {
        self.0.with_value(|link| {
            if let Some(blob) = link.files.get(position) {
                let _ = save_blob(name, blob);
            }
        });
    }

    fn stop(self) {
        self.0
            .with_value(|link| link.worker.as_ref().map(Worker::terminate));
    }
}

fn deliver(worker: Option<&Worker>, text: String, bytes: Option<js_sys::ArrayBuffer>) {
    let Some(worker) = worker else { return };
    let message = js_sys::Array::of1(&text.into());
    let transfer = js_sys::Array::new();
    if let Some(bytes) = bytes {
        message.push(&bytes);
        transfer.push(&bytes);
    }
    let _ = worker.post_message_with_transfer(&message, &transfer);
}

/// Reads a chosen file's bytes and sends them to be checked, unless the file is too large.
fn choose_file(
    state: DeskState,
    file: File,
    inputs: LocalResource<Result<Arc<Inputs>, LoadError>>,
    locale: Signal<Locale>,
    link: WorkerLink,
) {
    let size = file.size();
    if size > MAX_FILE_BYTES as f64 {
        state.stage.set(Stage::TooLarge { size });
        return;
    }
    let name = file.name();
    state.summary.set(None);
    state.words.set(None);
    state.stage.set(Stage::Reading {
        file: name.clone(),
        done: 0,
        total: 0,
    });
    leptos::task::spawn_local(async move {
        let bytes = JsFuture::from(file.array_buffer()).await;
        let Ok(bytes) = bytes.and_then(|bytes| bytes.dyn_into::<js_sys::ArrayBuffer>()) else {
            return state.stage.set(Stage::NotHandedOver);
        };
        let Ok(inputs) = inputs.await else {
            return state.stage.set(Stage::Waiting);
        };
        let request = Request::Check(CheckRequest {
            name,
            codes: inputs.codes.clone(),
            seeds: inputs.seeds.clone(),
            published: inputs.published.clone(),
            language: Language::of(locale.get_untracked()),
        });
        link.send(&request, Some(bytes));
    });
}

/// The file input, its button, and the zone a file can be dropped on; the templates beside.
#[component]
fn FilePicker(state: DeskState, choose: impl Fn(File) + Copy + 'static) -> impl IntoView {
    let locale = use_locale();
    let base = use_base();
    let dragging = RwSignal::new(false);
    let chosen = move |event: leptos::ev::Event| {
        let input = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(file) = input
            .as_ref()
            .and_then(|i| i.files())
            .and_then(|files| files.get(0))
        {
            choose(file);
        }
        // The same file chosen again (corrected) is read again.
        if let Some(input) = input {
            input.set_value("");
        }
    };
    let dropped = move |event: leptos::ev::DragEvent| {
        event.prevent_default();
        dragging.set(false);
        let files = event.data_transfer().and_then(|transfer| transfer.files());
        if let Some(file) = files.and_then(|files| files.get(0)) {
            choose(file);
        }
    };
    let over = move |event: leptos::ev::DragEvent| {
        event.prevent_default();
        dragging.set(true);
    };
    let label = move || match state.stage.get() {
        Stage::Waiting => Msg::DeskChoose.text(locale.get()),
        _ => Msg::DeskChooseAnother.text(locale.get()),
    };
    let (csv, xlsx) = (
        base.file("data/template.csv"),
        base.file("data/template.xlsx"),
    );
    view! {
        <section class="desk-picker" class:dragging=move || dragging.get()
            on:dragover=over on:dragleave=move |_| dragging.set(false) on:drop=dropped>
            <label class="desk-choose">
                <input type="file" class="visually-hidden" data-testid="desk-file"
                    accept=".csv,.tsv,.txt,.xlsx,.xlsm,.ods,.xls,text/csv" on:change=chosen />
                <span class="desk-choose-button">{label}</span>
            </label>
            <p class="desk-drop-hint">{move || Msg::DeskDropHint.text(locale.get())}</p>
            <p class="desk-template">
                {move || crate::i18n::label_text(locale.get(), Msg::DeskTemplate.text(locale.get()))}
                <a href=csv download="modele-faits.csv">{move || Msg::DeskTemplateCsv.text(locale.get())}</a>
                " · "
                <a href=xlsx download="modele-faits.xlsx">{move || Msg::DeskTemplateXlsx.text(locale.get())}</a>
            </p>
        </section>
    }
}

/// The reading's progress, or why the file gives nothing.
#[component]
fn CheckStatus(state: DeskState) -> impl IntoView {
    let locale = use_locale();
    move || {
        let locale = locale.get();
        match state.stage.get() {
            Stage::Reading { file, done, total } => view! { <ReadingProgress file done total /> }.into_any(),
            Stage::Checked { .. } if state.words.with(Option::is_none) => view! {
                <p class="loading" role="status"><span class="spinner" aria-hidden="true"></span>{Msg::DeskComputing.text(locale)}</p>
            }.into_any(),
            Stage::Unreadable { file, error } => alert(file_error_text(locale, &file, &error)),
            Stage::TooLarge { size } => alert(Msg::DeskTooLarge.fill(locale, &[
                ("size", &megabytes(locale, size)),
                ("limit", &megabytes(locale, MAX_FILE_BYTES as f64)),
            ])),
            Stage::NotHandedOver => alert(Msg::DeskFileUnreadable.text(locale).to_owned()),
            Stage::NoWorker => alert(Msg::DeskWorkerFailed.text(locale).to_owned()),
            _ => ().into_any(),
        }
    }
}

fn alert(message: String) -> AnyView {
    view! { <p class="notice desk-alert" role="alert">{message}</p> }.into_any()
}

/// "62 Mo": a size in megabytes, in the locale's words.
fn megabytes(locale: Locale, bytes: f64) -> String {
    let value = format_number(locale, bytes / 1_048_576.0, 1);
    Msg::UnitMegabytes.fill(locale, &[("value", &value)])
}

/// A progress bar with the rows read so far.
#[component]
fn ReadingProgress(file: String, done: usize, total: usize) -> impl IntoView {
    let locale = use_locale();
    let count = move |n: usize| format_number(locale.get(), n as f64, 0);
    let text = move || {
        let reading = Msg::DeskReading.fill(locale.get(), &[("file", &file)]);
        match total {
            0 => reading,
            _ => format!(
                "{reading} {}",
                Msg::DeskProgress.fill(
                    locale.get(),
                    &[("done", &count(done)), ("total", &count(total))]
                )
            ),
        }
    };
    view! {
        <div class="desk-progress" role="status">
            <progress max=total.max(1) value=done.min(total)
                aria-label=move || Msg::DeskProgressLabel.text(locale.get())></progress>
            <p>{text}</p>
        </div>
    }
}

/// Whether the file may be published, and how it was read.
#[component]
fn VerdictSection(state: DeskState) -> impl IntoView {
    let locale = use_locale();
    let verdict = move || {
        let summary = state.summary.get()?;
        let locale = locale.get();
        let rows = Plural::DeskRowsRead.fill(locale, summary.rows, &[]);
        let (class, text) = match summary.verdict {
            Verdict::Complete => ("desk-verdict ready", Msg::DeskReady.text(locale).to_owned()),
            Verdict::Partial { refused } => (
                "desk-verdict refused",
                Plural::DeskRefusedPartial.fill(locale, refused, &[]),
            ),
            Verdict::Empty => (
                "desk-verdict refused",
                Msg::ReportRefusedEmpty.text(locale).to_owned(),
            ),
        };
        // The worker's memory, for the measurements of the README (`tests/e2e/desk.test.mjs`).
        let memory = summary.memory_bytes.to_string();
        Some(view! {
            <p class=class data-testid="desk-verdict" data-worker-memory=memory>
                <strong>{rows}</strong>" · "{text}
            </p>
        })
    };
    let notes = move || {
        state.words.get().map(|words| {
            words
                .notes
                .iter()
                .map(|note| view! { <li>{note.clone()}</li> })
                .collect_view()
        })
    };
    view! {
        <section class="desk-section" aria-labelledby="desk-reading">
            <h2 id="desk-reading">{move || Msg::DeskReadingHeading.text(locale.get())}</h2>
            {verdict}
            <ul class="desk-notes" data-testid="desk-notes">{notes}</ul>
        </section>
    }
}

/// The problems, located, in a table sorted by any column, and the report to download.
#[component]
fn ProblemsSection(state: DeskState) -> impl IntoView {
    let locale = use_locale();
    let order = RwSignal::new(ProblemOrder::default());
    let download = move |_| {
        let (Some(summary), file) = (state.summary.get_untracked(), state.file_name()) else {
            return;
        };
        let report = report_csv(locale.get_untracked(), &file, &summary.problems);
        let _ = save_text(
            "validation-report.csv",
            "text/csv;charset=utf-8",
            &format!("\u{feff}{report}"),
        );
    };
    let body = move || {
        let summary = state.summary.get()?;
        let locale = locale.get();
        if summary.problems.is_empty() {
            return Some(
                view! { <p data-testid="desk-no-problems">{Msg::DeskNoProblems.text(locale)}</p> }
                    .into_any(),
            );
        }
        let sorted = sorted_problems(&summary.problems, order.get(), locale);
        let rows = sorted
            .iter()
            .take(PROBLEMS_SHOWN)
            .map(|problem| {
                // Each cell names its column, which a phone shows beside it (style/desk.css);
                // its text is isolated, so that "12;5" reads as written on an Arabic page.
                let cells = problem_cells(locale, problem)
                    .into_iter()
                    .zip(ProblemColumn::ALL);
                view! {
                    <tr class:refuses=problem.refuses>
                        {cells
                            .map(|(cell, column)| {
                                view! { <td data-label=column.heading().text(locale)><bdi>{cell}</bdi></td> }
                            })
                            .collect_view()}
                    </tr>
                }
            })
            .collect_view();
        let more = (summary.problems.len() > PROBLEMS_SHOWN).then(|| view! {
            <p class="muted">{Msg::DeskProblemsFirst.fill(locale, &[("shown", &format_number(locale, PROBLEMS_SHOWN as f64, 0))])}</p>
        });
        Some(view! {
            <div class="table-scroll">
                <table class="data-table desk-problems" data-testid="desk-problems">
                    <thead><tr>{ProblemColumn::ALL.map(|column| view! { <SortableHeading column order /> }).collect_view()}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            {more}
        }.into_any())
    };
    view! {
        <section class="desk-section" aria-labelledby="desk-problems">
            <div class="desk-section-head">
                <h2 id="desk-problems">{move || Msg::DeskProblemsHeading.text(locale.get())}</h2>
                <button type="button" on:click=download data-testid="desk-report">
                    {move || Msg::DeskDownloadReport.text(locale.get())}
                </button>
            </div>
            {body}
        </section>
    }
}

/// A column heading that sorts the table by its column (again: the other way).
#[component]
fn SortableHeading(column: ProblemColumn, order: RwSignal<ProblemOrder>) -> impl IntoView {
    let locale = use_locale();
    let sort = move || {
        let order = order.get();
        match (order.column == column, order.descending) {
            (false, _) => "none",
            (true, false) => "ascending",
            (true, true) => "descending",
        }
    };
    view! {
        <th scope="col" aria-sort=sort>
            <button type="button" class="sort-button" on:click=move |_| order.update(|o| *o = o.toggled(column))>
                {move || column.heading().text(locale.get())}
                <span aria-hidden="true" class="sort-mark">{move || match sort() {
                    "ascending" => "▲",
                    "descending" => "▼",
                    _ => "↕",
                }}</span>
            </button>
        </th>
    }
}

/// Every headline figure, chart table and market, as published and as the file gives it.
#[component]
fn PreviewSection(state: DeskState) -> impl IntoView {
    let locale = use_locale();
    let only_changes = RwSignal::new(true);
    let tables = move || {
        state.words.get().map(|words| {
            words
                .tables
                .iter()
                .cloned()
                .map(|table| view! { <ComparedTableView table only_changes /> })
                .collect_view()
        })
    };
    view! {
        <section class="desk-section" aria-labelledby="desk-preview">
            <h2 id="desk-preview">{move || Msg::DeskPreviewHeading.text(locale.get())}</h2>
            <label class="desk-only-changes">
                <input type="checkbox" prop:checked=move || only_changes.get()
                    on:change=move |event| only_changes.set(event_target_checked(&event)) />
                {move || Msg::DeskOnlyChanges.text(locale.get())}
            </label>
            <div data-testid="desk-preview">{tables}</div>
        </section>
    }
}

/// One compared table, folded when the file changes nothing in it.
#[component]
fn ComparedTableView(table: ComparedTable, only_changes: RwSignal<bool>) -> impl IntoView {
    let locale = use_locale();
    let (changes, cells) = (table.changes(), table.cells());
    let summary = move || match changes {
        0 => Msg::DeskSameAsPublished.text(locale.get()).to_owned(),
        _ => Plural::DeskChanges.fill(
            locale.get(),
            changes,
            &[("total", &format_number(locale.get(), cells as f64, 0))],
        ),
    };
    let changed = changes > 0;
    let table = Arc::new(table);
    let shown_rows = {
        let table = Arc::clone(&table);
        move || {
            let only = only_changes.get() && changed;
            let rows: Vec<_> = table
                .rows
                .iter()
                .filter(|row| !only || row.changed())
                .collect();
            let total = rows.len();
            let rows = rows.into_iter().take(COMPARED_ROWS_SHOWN).map(|row| view! {
                <tr>
                    <th scope="row">{row.label.clone()}</th>
                    {row.cells.iter().cloned().map(|cell| view! { <CellView cell /> }).collect_view()}
                </tr>
            }).collect_view();
            let more = (total > COMPARED_ROWS_SHOWN).then(|| {
                let count = |n: usize| format_number(locale.get_untracked(), n as f64, 0);
                let text = Msg::DeskRowsFirst.fill(
                    locale.get_untracked(),
                    &[
                        ("shown", &count(COMPARED_ROWS_SHOWN)),
                        ("total", &count(total)),
                    ],
                );
                view! { <tr><td colspan=table.columns.len() class="muted">{text}</td></tr> }
            });
            (rows, more)
        }
    };
    view! {
        <details class="desk-compared" open=changed data-changes=changes>
            <summary>
                <span class="desk-compared-title">{table.title.clone()}</span>
                <span class="desk-compared-count" class:desk-changes=changed>{summary}</span>
            </summary>
            <div class="table-scroll">
                <table class="data-table">
                    <thead><tr>{table.columns.iter().map(|column| view! { <th scope="col">{column.clone()}</th> }).collect_view()}</tr></thead>
                    <tbody>{shown_rows}</tbody>
                </table>
            </div>
        </details>
    }
}

/// A cell: its value when the file keeps it; both values, marked, when the file changes it.
#[component]
fn CellView(cell: ComparedCell) -> impl IntoView {
    let locale = use_locale();
    if !cell.changed() {
        return view! { <td>{cell.preview.unwrap_or_default()}</td> }.into_any();
    }
    let shown = move |value: &Option<String>| {
        value
            .clone()
            .unwrap_or_else(|| Msg::DeskAbsent.text(locale.get_untracked()).to_owned())
    };
    let (before, after) = (shown(&cell.published), shown(&cell.preview));
    view! {
        <td class="changed">
            <span class="desk-before">
                <span class="desk-side">{move || Msg::DeskPublished.text(locale.get())}</span>" "{before}
            </span>
            <span class="desk-after">
                <span class="desk-side">{move || Msg::DeskThisFile.text(locale.get())}</span>" "{after}
            </span>
        </td>
    }
    .into_any()
}

/// The files to publish, once the verdict allows it or the reader accepts the rows left out.
#[component]
fn PublishSection(state: DeskState, link: WorkerLink) -> impl IntoView {
    let locale = use_locale();
    let partial = move || {
        state.summary.with(|s| {
            matches!(
                s.as_ref().map(|s| &s.verdict),
                Some(Verdict::Partial { .. })
            )
        })
    };
    let allowed = move || {
        state.summary.with(|summary| {
            summary
                .as_ref()
                .is_some_and(|s| s.publishable && s.verdict.allows(state.accept.get()))
        })
    };
    view! {
        <section class="desk-section" aria-labelledby="desk-publish">
            <h2 id="desk-publish">{move || Msg::DeskPublishHeading.text(locale.get())}</h2>
            <Show when=partial>
                <label class="desk-accept">
                    <input type="checkbox" data-testid="desk-accept" prop:checked=move || state.accept.get()
                        on:change=move |event| state.accept.set(event_target_checked(&event)) />
                    {move || Msg::DeskAcceptRejections.text(locale.get())}
                </label>
            </Show>
            <div class="desk-downloads">
                <button type="button" data-testid="desk-atlas-json" disabled=move || !allowed()
                    on:click=move |_| link.save(0, "atlas.json")>
                    {move || Msg::DeskDownloadDataset.text(locale.get())}
                </button>
                <button type="button" data-testid="desk-facts-csv" disabled=move || !allowed()
                    on:click=move |_| link.save(1, "facts.csv")>
                    {move || Msg::DeskDownloadFacts.text(locale.get())}
                </button>
            </div>
            <p class="muted">{move || Msg::DeskPublishSteps.text(locale.get())}</p>
        </section>
    }
}

//! The data desk's worker, started by the desk's page (see `artisanat_atlas::worker`).

fn main() {
    artisanat_atlas::worker::listen();
}

//! The binary: everything is in the library; this hands over the arguments.
fn main() -> std::process::ExitCode {
    veiviser::app::exit_on_panic();
    veiviser::app::run(std::env::args_os().collect())
}

//! gocl as a library: the compiler's passes, used by the `gocl` binary.
//!
//! The passes flow one way (compiler/README.md has the tour):
//! syntax (lexer, parser) → types (checker) → ssa (lowering, passes) →
//! codegen (Cranelift, object file) → link (static ELF with the runtime).

pub mod codegen;
pub mod driver;
pub mod embedded;
pub mod link;
pub mod ssa;
pub mod syntax;
pub mod types;

/// A target architecture (always Linux).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arch {
    Amd64,
    Arm64,
}

impl Arch {
    /// GOARCH spelling.
    pub fn name(self) -> &'static str {
        match self {
            Arch::Amd64 => "amd64",
            Arch::Arm64 => "arm64",
        }
    }

    /// Parses a GOARCH value.
    pub fn parse(s: &str) -> Result<Arch, String> {
        match s {
            "amd64" | "x86_64" => Ok(Arch::Amd64),
            "arm64" | "aarch64" => Ok(Arch::Arm64),
            other => Err(format!(
                "unsupported GOARCH {:?} (gocl targets amd64 and arm64)",
                other
            )),
        }
    }

    /// The architecture gocl itself runs on.
    pub fn host() -> Arch {
        if cfg!(target_arch = "aarch64") {
            Arch::Arm64
        } else {
            Arch::Amd64
        }
    }
}

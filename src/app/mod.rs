//! APP, mini-program and quick-app filings (APP备案, required since
//! 工信部信管〔2023〕105号): the per-platform feature information a filing
//! asks for — the app's identifier on each platform (R-APP-2 … R-APP-6),
//! the signing certificate's fingerprint (R-APP-7) and its public key
//! (R-APP-8). Each check takes the platform as an option.
//!
//! ```
//! use beian_check::app::{validate_app_identifier, AppOptions, AppPlatform};
//! let android = AppOptions::for_platform(AppPlatform::Android);
//! assert!(validate_app_identifier("com.alibaba.aliyun", &android).ok);
//! let r = validate_app_identifier("com.ex-ample.app", &android);
//! assert_eq!(r.findings[0].code.as_str(), "APP_ID_CHAR");
//! ```

mod identifier;
mod signature;

pub use identifier::{validate_app_identifier, AppIdentifierDetails};
pub use signature::{validate_public_key, validate_signing_fingerprint, FingerprintDetails, PublicKeyDetails};

use crate::input::Value;
use crate::messages::Locale;
use crate::options::{pick, CommonOptions};
use serde::Serialize;

/// Where an app runs, as the filing's platform entries name it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AppPlatform {
    /// Android (安卓): package name, MD5 fingerprint, RSA key.
    #[default]
    Android,
    /// iOS: Bundle ID, SHA-1 fingerprint, RSA key.
    Ios,
    /// HarmonyOS (鸿蒙): bundleName, SHA-1 fingerprint, EC key.
    Harmony,
    /// A quick app (快应用): its package.
    QuickApp,
    /// A WeChat mini-program (微信小程序): its AppID.
    Wechat,
    /// A Douyin mini-program (抖音小程序): its AppID.
    Douyin,
    /// An Alipay mini-program (支付宝小程序): its AppID.
    Alipay,
}

impl AppPlatform {
    const NAMES: [(AppPlatform, &'static str, &'static str); 7] = [
        (AppPlatform::Android, "android", "安卓"),
        (AppPlatform::Ios, "ios", "iOS"),
        (AppPlatform::Harmony, "harmony", "鸿蒙"),
        (AppPlatform::QuickApp, "quick_app", "快应用"),
        (AppPlatform::Wechat, "wechat", "微信小程序"),
        (AppPlatform::Douyin, "douyin", "抖音小程序"),
        (AppPlatform::Alipay, "alipay", "支付宝小程序"),
    ];

    /// Parses an API name (`"android"`, `"harmony"`, also `"harmonyos"`) or a Chinese label (`"鸿蒙"`).
    ///
    /// ```
    /// use beian_check::app::AppPlatform;
    /// assert_eq!(AppPlatform::parse("HarmonyOS"), Some(AppPlatform::Harmony));
    /// assert_eq!(AppPlatform::parse("微信小程序"), Some(AppPlatform::Wechat));
    /// ```
    pub fn parse(name: &str) -> Option<AppPlatform> {
        let lower = name.to_ascii_lowercase();
        let lower = if lower == "harmonyos" { "harmony" } else { lower.as_str() };
        Self::NAMES.iter().find(|(_, api, zh)| *api == lower || *zh == name).map(|&(p, ..)| p)
    }

    /// The API name.
    pub fn as_str(self) -> &'static str {
        Self::NAMES.iter().find(|(p, ..)| *p == self).map_or("", |&(_, api, _)| api)
    }

    /// True for a native app's platform (a package with a signing certificate).
    pub fn is_native(self) -> bool {
        matches!(self, AppPlatform::Android | AppPlatform::Ios | AppPlatform::Harmony)
    }

    /// What the platform calls the app's identifier, in `locale`.
    fn identifier_name(self, locale: Locale) -> &'static str {
        let zh = locale == Locale::ZhCn;
        match self {
            AppPlatform::Android => {
                if zh {
                    "Android 包名"
                } else {
                    "The Android package name"
                }
            }
            AppPlatform::Ios => {
                if zh {
                    "iOS Bundle ID"
                } else {
                    "The iOS Bundle ID"
                }
            }
            AppPlatform::Harmony => {
                if zh {
                    "鸿蒙包名（bundleName）"
                } else {
                    "The HarmonyOS bundleName"
                }
            }
            AppPlatform::QuickApp => {
                if zh {
                    "快应用包名"
                } else {
                    "The quick app's package"
                }
            }
            AppPlatform::Wechat => {
                if zh {
                    "微信小程序 AppID"
                } else {
                    "The WeChat mini-program AppID"
                }
            }
            AppPlatform::Douyin => {
                if zh {
                    "抖音小程序 AppID"
                } else {
                    "The Douyin mini-program AppID"
                }
            }
            AppPlatform::Alipay => {
                if zh {
                    "支付宝小程序 AppID"
                } else {
                    "The Alipay mini-program AppID"
                }
            }
        }
    }

    /// The platform's name in messages.
    fn label(self, locale: Locale) -> &'static str {
        match (self, locale) {
            (AppPlatform::Android, _) => "Android",
            (AppPlatform::Ios, _) => "iOS",
            (AppPlatform::Harmony, Locale::ZhCn) => "鸿蒙",
            (AppPlatform::Harmony, Locale::En) => "HarmonyOS",
            (other, locale) => other.identifier_name(locale),
        }
    }
}

/// Options of the app checks.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AppOptions {
    /// The platform entry the value belongs to (`platform`; default Android).
    pub platform: AppPlatform,
    /// Language, `asOf` and rejected option values.
    pub common: CommonOptions,
}

impl AppOptions {
    /// Default options for `platform`.
    pub fn for_platform(platform: AppPlatform) -> AppOptions {
        AppOptions { platform, common: CommonOptions::default() }
    }

    /// Reads `platform`, `locale` and `asOf` through `get` (see [`crate::options`]).
    pub fn from_host(get: impl Fn(&'static str) -> Value) -> AppOptions {
        let mut common = CommonOptions::from_host(&get);
        let platform =
            pick("platform", get("platform").as_input(), AppPlatform::parse, || "android".into(), &mut common.rejected);
        AppOptions { platform: platform.unwrap_or_default(), common }
    }
}

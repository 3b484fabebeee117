# /settings/offline: keeping the app on the phone for use with no connection (service worker).
settings-offline-keep = احتفظ بتطبيق Sportello على هذا الهاتف، لتستخدمه بدون إنترنت
settings-offline-on = بعد الزيارة الأولى، تعمل الامتحانات والتمارين وتقدّمك بدون إنترنت. يتمّ تحديث التطبيق تلقائيًا عندما يكون هناك اتصال بالإنترنت.
settings-offline-off = لا يُحفَظ تطبيق Sportello على هذا الهاتف: يحتاج إلى الإنترنت، ويُنزِّل من جديد ما يحتاج إليه. اختر هذا لتوفير المساحة أو بيانات الإنترنت.
settings-offline-stored = يستخدم تطبيق Sportello { $size } MB من مساحة هذا الهاتف.

# /settings/offline: what to keep on the phone for use with no connection (service workers).
settings-offline-legend = ما الذي تحفظه على هذا الهاتف، لتستخدم Sportello بدون إنترنت
settings-offline-all = تطبيق Sportello كلّه: الامتحانات والتمارين والدروس وكل اللغات
settings-offline-used = ما أفتحه فقط (يستخدم بيانات جوّال أقل)
settings-offline-none = لا شيء (يحتاج Sportello دائمًا إلى الإنترنت)
settings-offline-on = بعد الزيارة الأولى، تعمل الامتحانات والتمارين وتقدّمك بدون إنترنت. يتمّ تحديث التطبيق تلقائيًا عندما يكون هناك اتصال بالإنترنت.
settings-offline-as-used = الصفحات والأسئلة والدروس التي فتحتها تعمل بدون إنترنت. أمّا الباقي فيحتاج إلى الإنترنت في أول مرة تفتحه فيها.
settings-offline-off = لا يُحفَظ تطبيق Sportello على هذا الهاتف: يحتاج إلى الإنترنت، ويُنزِّل من جديد ما يحتاج إليه. اختر هذا لتوفير المساحة.

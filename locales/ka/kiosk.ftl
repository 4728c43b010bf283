# Strings of the touchscreen kiosk.
picker-title = აირჩიეთ ენა
picker-hint = შეეხეთ თქვენს ენას
home-title = ინფორმაცია ნებაყოფლობითი დაბრუნების შესახებ
home-appointment = კონსულტანტთან შეხვედრა
home-status = ჩემი მოთხოვნის შემოწმება
topic-back-to-category = სხვა თემები
kiosk-idle-warning = აქ ვინმე არის? ეკრანი გასუფთავდება { $seconds } წამში.
kiosk-idle-continue = ჯერ კიდევ აქ ვარ
kiosk-keyboard = კლავიატურა
kiosk-keyboard-hide = კლავიატურის დამალვა
kiosk-cleared = ყველაფერი წაიშალა.
kiosk-step = ნაბიჯი { $step }, სულ { $total }
kiosk-next = შემდეგი
kiosk-print-hint = აჩვენეთ ეს კოდი კონსულტანტს.
kiosk-space = ჰარი
ui-draft-notice = ეს ეკრანები მანქანურად ითარგმნა და კონსულტანტს ჯერ არ შეუმოწმებია. თუ რამე გაუგებარია, ჰკითხეთ თანამშრომელს.
appointment-change-point = სხვა ადგილის არჩევა
appointment-speaks-your-language = აქ კონსულტანტები თქვენს ენაზე საუბრობენ
appointment-status-show = ჩვენება
topic-ask-counsellor = ჰკითხეთ ამის შესახებ კონსულტანტს
topic-source-text = ჩეხური ტექსტის ახლანდელი ვერსია

## Kiosk: what happens next, one notice per page, error summary (issue 11)
kiosk-status-new-come-back = მიღებულია. კონსულტანტი აირჩევს დროს თქვენ მიერ არჩეული დღეებიდან. დაბრუნდით ამ კიოსკთან არაუადრეს მომდევნო სამუშაო დღისა, შეეხეთ „{ home-status }“-ს და შეიყვანეთ თქვენი კოდი: აქ გამოჩნდება დადასტურებული დრო.
kiosk-status-new-phone = მიღებულია. კონსულტანტი დაგირეკავთ ან მოგწერთ თქვენ მიერ მითითებულ ნომერზე დროის შესათანხმებლად. ასევე შეგიძლიათ აქ შეამოწმოთ თქვენი კოდით.
kiosk-notice-point-draft = ადგილების აღწერები მანქანამ თარგმნა და ჯერ არავის შეუმოწმებია.
kiosk-unreviewed-title = გთხოვთ, გაითვალისწინოთ
point-sample-mark = სანიმუშო მონაცემები, გადაუმოწმებელი
kiosk-error-summary = რაღაც აკლია ან არასწორია. გთხოვთ, შეამოწმოთ:
kiosk-meta-description = ინფორმაცია ჩეხეთიდან ნებაყოფლობით დაბრუნების შესახებ თქვენს ენაზე და კონსულტანტთან შეხვედრის მოთხოვნა.
kiosk-list-separator = {", "}

# --- listen: voice
listen-play = მოსმენა
listen-pause = პაუზა
listen-replay = თავიდან

# --- listen: kiosk steps, the code read aloud, the language picker
listen-read-code = კოდის ხმამაღლა წაკითხვა
# The mark beside a language on the picker that has no machine voice.
listen-no-voice-short = ხმის გარეშე
# --- ask: kiosk (issue 16): a question to a counsellor, and its answers on the status page
kiosk-ask-button = კითხვის მიწერა კონსულტანტისთვის
kiosk-ask-title = კითხვის მიწერა კონსულტანტისთვის
kiosk-ask-intro = დაწერეთ თქვენი კითხვა თქვენს ენაზე. კონსულტანტი წერილობით გიპასუხებთ; პასუხს აქ, კიოსკში, თქვენი კოდით წაიკითხავთ.
kiosk-ask-question = თქვენი კითხვა
kiosk-ask-question-hint = მაქსიმუმ { $max } სიმბოლო.
kiosk-ask-point = რომელი ადგილისთვის? (არჩევა აუცილებელი არ არის.)
kiosk-ask-point-any = ნებისმიერი ადგილი
kiosk-ask-send = კითხვის გაგზავნა
kiosk-ask-sent = თქვენი კითხვა გაიგზავნა
kiosk-ask-reference-hint = ჩაიწერეთ ან გადაუღეთ ფოტო. მისით წაიკითხავთ პასუხს.
kiosk-ask-read-answer = პასუხის წასაკითხად დაბრუნდით ამ კიოსკთან, შეეხეთ „{ home-status }“-ს და შეიყვანეთ თქვენი კოდი.
kiosk-ask-with-request = ახლა დაწერეთ თქვენი კითხვა: ის თქვენს მოთხოვნას დაემატება.
kiosk-ask-added-to-request = თქვენი კითხვა ეკუთვნის მოთხოვნას { $reference }.
kiosk-ask-review-option = მეც მინდა კონსულტანტს კითხვა მივწერო
kiosk-ask-error-markup = გთხოვთ, კითხვა სიტყვებით დაწეროთ. მხოლოდ ნიშნებისა და ტეგების წაკითხვა შეუძლებელია.
kiosk-ask-error-point = გთხოვთ, აირჩიოთ ნაჩვენები ადგილებიდან ერთი ან „ნებისმიერი ადგილი“.
kiosk-question-title = თქვენი კითხვა
kiosk-question-you = თქვენ
kiosk-question-counsellor = კონსულტანტი
kiosk-question-waiting = პასუხი ჯერ არ არის.
kiosk-question-add = შეტყობინების დამატება
kiosk-question-send = გაგზავნა
kiosk-question-close = ჩემი კითხვის დახურვა
kiosk-question-closed = ეს კითხვა დახურულია. ახალი კითხვის დაწერა ნებისმიერ დროს შეგიძლიათ.
kiosk-question-closed-now = თქვენი კითხვა ახლა დახურულია. გმადლობთ.
kiosk-question-added = თქვენი შეტყობინება კითხვას დაემატა.

# Kiosk question followed on Telegram through its QR code (issue 16)
kiosk-ask-follow-telegram = დაასკანერეთ ტელეფონით, რომ თქვენს კითხვას Telegram-ში ადევნოთ თვალი: მაშინ პასუხები იქაც მოვა.

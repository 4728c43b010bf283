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
